// Story pairs on the same server, one healthy and one failing: the first difference named is the cause.
import { describe, expect, it } from 'vitest'
import { har } from '../../../fixtures/builder/har.ts'
import { scenarioEntries } from '../../../fixtures/builder/scenario.ts'
import { STORIES, workos } from '../../../fixtures/builder/stories.ts'
import { COPILOT_WORKOS_POST } from '../../../fixtures/texts/posts.ts'
import { analyzeCapture, analyzeText } from '../index.ts'
import { diffReports } from './diff.ts'
import { renderDiffMarkdown } from './render.ts'

const analyze = (h: unknown, name: string) => analyzeCapture(new TextEncoder().encode(JSON.stringify(h)), name).report
const story = (id: string) => analyze(STORIES.find((s) => s.id === id)!.har, `${id}.har`)

describe('compare two captures', () => {
  it('missing resource: Claude healthy vs Copilot Studio failing', () => {
    const d = diffReports(story('claude-ai-workos-healthy'), story('copilot-studio-workos-proxy'))
    expect(d.rows[0]).toMatchObject({
      key: 'resource.authorize',
      a: 'https://mcp.example.com/tenant/mcp',
      b: '(not sent)',
      explains: true,
    })
    expect(d.cause).toBe(
      'resource at authorize: https://mcp.example.com/tenant/mcp in claude-ai-workos-healthy.har, (not sent) in copilot-studio-workos-proxy.har',
    )
    expect(d.rows.find((r) => r.key === 'answer')).toMatchObject({ a: '200', b: '401 invalid_token' })
  })

  it('trailing slash: the resource row comes first and shows both strings', () => {
    const healthy = analyze(har(scenarioEntries(workos({ redirectUri: 'http://127.0.0.1:33418/' }))), 'vscode-ok.har')
    const d = diffReports(healthy, story('trailing-slash'))
    expect(d.rows[0]).toMatchObject({
      key: 'resource.authorize',
      a: 'https://mcp.example.com/tenant/mcp',
      b: 'https://mcp.example.com/tenant/mcp/',
      explains: true,
    })
  })

  it('registration method: a rejected DCR vs a CIMD client that works', () => {
    const d = diffReports(story('cimd-client'), story('dcr-rejected'))
    expect(d.rows[0]).toMatchObject({
      key: 'registration',
      a: 'CIMD (client ID metadata document)',
      b: 'dynamic registration (DCR)',
      explains: true,
    })
  })

  it('a capture against a pasted post, as Markdown', () => {
    const text = analyzeText(COPILOT_WORKOS_POST, 'forum post').report
    const d = diffReports(story('claude-ai-workos-healthy'), text)
    expect(d.rows.find((r) => r.key === 'aud')).toMatchObject({
      a: 'https://mcp.example.com/tenant/mcp',
      b: 'client_01J8ZKQ4Y7W3N5V9B2C6D8F0GH',
      explains: true,
    })
    expect(renderDiffMarkdown(d)).toContain(
      '| **token aud** ≠ | `https://mcp.example.com/tenant/mcp` | `client_01J8ZKQ4Y7W3N5V9B2C6D8F0GH` |',
    )
  })
})
