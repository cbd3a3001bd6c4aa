import { describe, expect, it } from 'vitest'
import { readFileSync } from 'node:fs'
import { analyzeCapture, renderMarkdown, toShareableReport } from '../index.ts'

const md = (name: string) => {
  const bytes = readFileSync(new URL(`../../../public/examples/${name}.har`, import.meta.url))
  const { report } = analyzeCapture(new Uint8Array(bytes), `${name}.har`)
  return renderMarkdown(toShareableReport(report, { hideHosts: false }))
}
const visible = (text: string) => text.replace(/<details>[\s\S]*<\/details>/, '')

describe('forum Markdown', () => {
  it('shows the root cause with its fix and folds explanations, spec links and unsettled checks', () => {
    const text = md('copilot-studio-workos-browser')
    const open = visible(text)
    expect(open).toMatch(
      /- ✗ No resource parameter in the authorization request \(`resource\.authorize\.missing`.*root/,
    )
    expect(open).toContain('**Fix (MCP client):**')
    expect(open).not.toContain('rfc-editor.org')
    expect(open).toMatch(/- \? \d+ more checks this input cannot settle/)
    expect(text).toContain('<details><summary>')
    expect(text).toContain('https://www.rfc-editor.org/rfc/rfc8707#section-2.1')
  })

  it('keeps the visible part of a one-flow post short, and the verdict line free of rule IDs', () => {
    const names = ['copilot-studio-workos-proxy', 'trailing-slash', 'refresh-without-resource', 'chrome-sanitized']
    const who = /\*\*Who must act:\*\* the (MCP client|MCP server|authorization server) · \*\*Confidence:\*\* \w+\n/
    for (const name of names) {
      const open = visible(md(name))
      expect(open.length, name).toBeLessThanOrEqual(2_200)
      if (name !== 'chrome-sanitized') expect(open).toMatch(who)
    }
  })

  it('says "1 entry", not "1 entries"', () => {
    expect(md('copilot-studio-workos-browser')).toContain('· 1 entry from')
    expect(md('copilot-studio-workos-proxy')).toContain('(`resource.authorize.missing`, entry 4)')
  })
})
