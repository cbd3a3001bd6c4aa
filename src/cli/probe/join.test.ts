// `analyze … --probe`: a post or a capture joined to a probe of the server it names (real SDK
// server + oidc-provider on loopback). The probe is the only network use of `analyze`.
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest'
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { captureCli } from '../capture-cli.ts'
import { startRealLab, type RealLab } from './lab/real-servers.mjs'
import { STORIES } from '../../../fixtures/builder/stories.ts'
import type { Report } from '../../core/types.ts'

/** Loading express, the SDK and oidc-provider takes a second or two on a busy machine. */
const SLOW_START = { timeout: 20_000 }

let dir = ''
const labs: RealLab[] = []
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'mcp-oauth-har-join-'))
})
afterAll(() => rmSync(dir, { recursive: true, force: true }))
afterEach(async () => {
  await Promise.all(labs.splice(0).map((l) => l.close()))
})

const cli = (argv: string[]) => captureCli(argv, {})

/** A browser capture of Copilot Studio: authorize and callback only, no discovery. */
const browserOnly = STORIES.find((s) => s.id === 'copilot-studio-workos-browser')!.har
const write = (name: string, text: string) => {
  const p = join(dir, name)
  writeFileSync(p, text)
  return p
}

/** A forum post that asserts a PRM `resource` with a trailing slash the server does not serve. */
const post = (lab: RealLab) => `Copilot Studio connects to our MCP server ${lab.mcpUrl} but every tool call fails.
We checked our protected resource metadata, it returns:
{"resource": "${lab.mcpUrl}/", "authorization_servers": ["${lab.asIssuer}"]}
Server log: audience mismatch (got 'client_01J8ZKQ4Y7W3N5V9B2C6D8F0GH', expected '${lab.mcpUrl}')`

describe('analyze --probe', SLOW_START, () => {
  it('joins a post to a probe of the URL it names, and calls out the claim the wire contradicts', async () => {
    const lab = await startRealLab({})
    labs.push(lab)
    const file = write('post.txt', post(lab))
    const alone = JSON.parse((await cli(['analyze', '--text', file, '--json'])).out) as Report
    const r = await cli(['analyze', '--text', file, '--probe', '--json'])
    const joined = JSON.parse(r.out) as Report
    expect(r.err).toContain(`probe #0  POST    ${lab.mcpUrl} `)
    expect(joined.input.kind).toBe('text')
    const contradiction = joined.findings.find((f) => f.rule === 'probe.contradicts-input')!
    expect(contradiction.message).toContain(
      `The text says the protected resource (PRM \`resource\`) is ` +
        `\`${lab.mcpUrl}/\`, but the server's discovery says \`${lab.mcpUrl}\``,
    )
    // What the post made the cause, the probe disproves; the verdict moves on and says why.
    if (alone.verdict.rootCause === 'prm.resource.mismatch') {
      expect(joined.verdict.rootCause).not.toBe('prm.resource.mismatch')
      expect(joined.verdict.summary).toMatch(/the probe finds correct/)
    }
    const prm = joined.findings.filter((f) => f.rule === 'prm.resource.mismatch')
    expect(prm.every((f) => f.status !== 'fail')).toBe(true)
    // Whatever the root cause is now, it is a failure still standing after the join.
    const root = joined.findings.find((f) => f.rule === joined.verdict.rootCause)
    if (joined.verdict.rootCause) expect(root?.status).toBe('fail')
    expect(joined.completeness.at(-1)).toMatch(/^Joined with a probe of http:\/\/127\.0\.0\.1:\d+\/mcp/)
  })

  it('confidence rises to certain when the probe proves the cause the post suspected', async () => {
    const lab = await startRealLab({ resourceSuffix: '/' })
    labs.push(lab)
    const file = write('post2.txt', post(lab))
    const alone = JSON.parse((await cli(['analyze', '--text', file, '--json'])).out) as Report
    const joined = JSON.parse((await cli(['analyze', '--text', file, '--probe', lab.mcpUrl, '--json'])).out) as Report
    expect(alone.verdict).toMatchObject({ rootCause: 'prm.resource.mismatch', confidence: 'likely' })
    expect(joined.verdict).toMatchObject({ rootCause: 'prm.resource.mismatch', confidence: 'certain' })
    expect(joined.verdict.summary).toMatch(/(^|\. )Certain \(the probe confirms it\): /)
  })

  it('fills the discovery a browser-only capture lacks', async () => {
    const lab = await startRealLab({ issuerTrailingSlash: true })
    labs.push(lab)
    const har = write('browser.har', JSON.stringify(browserOnly))
    const alone = JSON.parse((await cli(['analyze', har, '--json'])).out) as Report
    expect(alone.findings.some((f) => f.rule === 'asmeta.issuer.mismatch')).toBe(false)
    const r = await cli(['analyze', har, '--probe', lab.mcpUrl])
    const line = r.out.split('\n').find((l) => /✗ error +asmeta\.issuer\.mismatch/.test(l))
    expect(line).toMatch(/Probe: The metadata at probe #\d+ says issuer `http:[^`]+\/`/)
    expect(r.code).toBe(1)
  })

  it('says so when the input names no MCP server to probe, and makes no request', async () => {
    const har = write('browser2.har', JSON.stringify(browserOnly))
    const r = await cli(['analyze', har, '--probe'])
    expect(r.code).toBe(2)
    expect(r.err).toBe(
      'mcp-oauth-har: browser2.har names no MCP server URL to probe; give one: --probe https://…/mcp\n',
    )
    expect(r.out).toBe('')
  })
})
