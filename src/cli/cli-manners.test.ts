// CLI manners (issue 13 item 10): --help on every command, one error line with a "did you mean",
// no share host the project does not control, and the fixes in the text report.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { STORIES } from '../../fixtures/builder/stories.ts'
import { captureCli } from './capture-cli.ts'
import { COMMANDS } from './commands.ts'

let dir = ''
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'mcp-oauth-har-manners-'))
})
afterAll(() => rmSync(dir, { recursive: true, force: true }))

const cli = (argv: string[], env: Record<string, string> = {}) => captureCli(argv, env)
const story = (id: string) => {
  const p = join(dir, `${id}.har`)
  writeFileSync(p, JSON.stringify(STORIES.find((s) => s.id === id)!.har))
  return p
}

describe('cli manners', () => {
  for (const name of Object.keys(COMMANDS)) {
    it(`${name} --help prints that command's usage and exits 0`, async () => {
      const r = await cli([name, '--help'])
      expect(r.code).toBe(0)
      expect(r.out).toMatch(new RegExp(`^Usage:\\n  mcp-oauth-har ${name} `))
      expect(r.err).toBe('')
    })
  }

  it('a mistyped command or option: one line on stderr, with a suggestion', async () => {
    const cmd = await cli(['analyse', 'x.har'])
    expect(cmd).toMatchObject({ code: 2, out: '' })
    expect(cmd.err).toBe(
      'mcp-oauth-har: Unknown command "analyse". Did you mean analyze? ' +
        'Commands: analyze, probe, diff, share, open-link, redact.\n',
    )
    const opt = await cli(['analyze', 'x.har', '--jsn'])
    expect(opt.err).toBe(
      'mcp-oauth-har: analyze has no option --jsn. Did you mean --json? (see mcp-oauth-har analyze --help)\n',
    )
    const probe = await cli(['probe', 'http://127.0.0.1:9/mcp', '--registr'])
    expect(probe.err).toMatch(/Did you mean --register\?/)
  })

  it('only probe and --probe touch the network', async () => {
    const real = globalThis.fetch
    const calls: string[] = []
    globalThis.fetch = (async (input: string | URL | Request) => {
      calls.push(String(input))
      throw new Error('no network in this test')
    }) as typeof fetch
    try {
      const file = story('copilot-studio-workos-proxy')
      await cli(['analyze', file])
      await cli(['analyze', file, '--json'])
      await cli(['share', file])
      await cli(['diff', file, story('claude-ai-workos-healthy')])
      expect(calls).toEqual([])
      await cli(['analyze', file, '--probe'])
      expect(calls[0]).toBe('https://mcp.example.com/tenant/mcp')
    } finally {
      globalThis.fetch = real
    }
  })

  it('a file that cannot be read is said once, on stderr only', async () => {
    const r = await cli(['analyze', join(dir, 'missing.har')])
    expect(r.code).toBe(2)
    expect(r.out).toBe('')
    expect(r.err.trim().split('\n')).toHaveLength(1)
    expect(r.err).toContain('no such file')
  })

  it('the text report prints the fix under each failing cause', async () => {
    const r = await cli(['analyze', story('prm-resource-mismatch')])
    expect(r.out).toMatch(/✗ error +prm\.resource\.mismatch .*\n +fix \(mcp-server\): Set PRM `resource` to exactly/)
  })

  it('share without --base prints the fragment and how to open it; MCP_OAUTH_HAR_BASE makes a link', async () => {
    const file = story('copilot-studio-workos-proxy')
    const bare = await cli(['share', file])
    expect(bare.out).toMatch(/^#r=1\.[A-Za-z0-9_-]+\n$/)
    expect(bare.err).toMatch(/no --base given .* append this fragment to its address/)
    expect(bare.out + bare.err).not.toMatch(/github\.io/)
    const env = await cli(['share', file], { MCP_OAUTH_HAR_BASE: 'https://triage.example.test/app/' })
    expect(env.out).toMatch(/^https:\/\/triage\.example\.test\/app\/#r=1\./)
    expect((await cli(['share', file, '--base', 'ftp://x'])).err).toMatch(/--base takes an http\(s\) URL/)
  })
})
