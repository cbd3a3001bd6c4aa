// The CLI over real files: output formats, exit codes 0/1/2, and the built `bin`.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { execFileSync, spawnSync } from 'node:child_process'
import { STORIES } from '../../fixtures/builder/stories.ts'
import { captureCli } from './capture-cli.ts'
import { parseArgs } from './args.ts'

let dir = ''
const file = (name: string, text: string) => {
  const p = join(dir, name)
  writeFileSync(p, text)
  return p
}
const storyFile = (id: string) => file(`${id}.har`, JSON.stringify(STORIES.find((s) => s.id === id)!.har))

const run = (argv: string[]) => captureCli(argv)

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'mcp-oauth-har-cli-'))
})
afterAll(() => rmSync(dir, { recursive: true, force: true }))

describe('cli', () => {
  it('--json prints exactly the report JSON and exits 1 when an error-level finding fails', async () => {
    const r = await run(['analyze', storyFile('copilot-studio-workos-proxy'), '--json'])
    expect(r.code).toBe(1)
    const report = JSON.parse(r.out)
    expect(report.schema).toBe('mcp-oauth-har/report@1')
    expect(report.verdict.rootCause).toBe('resource.authorize.missing')
    expect(r.err).toBe('')
  })

  it('exits 0 for a healthy capture, and --fail-on never always exits 0', async () => {
    expect((await run(['analyze', storyFile('claude-ai-workos-healthy')])).code).toBe(0)
    expect((await run(['analyze', storyFile('copilot-studio-workos-proxy'), '--fail-on', 'never'])).code).toBe(0)
  })

  it('the text report marks which failures follow from the root cause', async () => {
    const r = await run(['analyze', storyFile('copilot-studio-workos-proxy')])
    const report = JSON.parse((await run(['analyze', storyFile('copilot-studio-workos-proxy'), '--json'])).out)
    const consequences = report.findings.filter((f: { consequenceOf?: string }) => f.consequenceOf)
    expect(consequences.length).toBeGreaterThan(0)
    for (const f of consequences)
      expect(r.out).toMatch(
        new RegExp(`${f.rule.replace(/\./g, '\\.')} .*\\(follows from ${report.verdict.rootCause}\\)`),
      )
    const rootLine = r.out.split('\n').find((l) => l.includes(`✗ error   ${report.verdict.rootCause} `))
    expect(rootLine).toBeDefined()
    expect(rootLine).not.toMatch(/follows from/)
  })

  it('--fail-on warning also fails on warnings', async () => {
    const path = storyFile('trailing-slash')
    expect((await run(['analyze', path, '--fail-on=warning'])).code).toBe(1)
  })

  it('several files in --json give an array', async () => {
    const r = await run(['analyze', storyFile('two-flows'), storyFile('no-mcp-flow'), '--json'])
    const reports = JSON.parse(r.out)
    expect(reports.map((x: { input: { name: string } }) => x.input.name)).toEqual(['two-flows.har', 'no-mcp-flow.har'])
  })

  it('--markdown prints the verdict and the audience table', async () => {
    const r = await run(['analyze', storyFile('copilot-studio-workos-proxy'), '--markdown'])
    expect(r.out).toContain(
      '> **Failed: the MCP server rejected the token (entry 6). Certain: Microsoft Copilot Studio sent no `resource`',
    )
    expect(r.out).toContain(
      '| Token aud | `client_01J8ZKQ4Y7W3N5V9B2C6D8F0GH` | 5 | ✗ is the client id, not the resource |',
    )
  })

  it('bad input exits 2 with one sentence on stderr; a truncated file still prints the partial report', async () => {
    const bad = await run(['analyze', file('bad.har', '{"log": nope')])
    expect(bad.code).toBe(2)
    expect(bad.err).toMatch(/^mcp-oauth-har: bad\.har: Not valid JSON at line 1, column 9/)
    const text = JSON.stringify(STORIES.find((s) => s.id === 'copilot-studio-workos-proxy')!.har, null, 1)
    const cut = await run(['analyze', file('cut.har', text.slice(0, Math.floor(text.length * 0.8))), '--json'])
    expect(cut.code).toBe(2)
    expect(JSON.parse(cut.out).input.error.code).toBe('truncated')
    expect((await run(['analyze', join(dir, 'missing.har')])).err).toContain('no such file')
  })

  it('usage errors exit 2', async () => {
    expect((await run(['analyse'])).code).toBe(2)
    expect((await run(['analyze'])).code).toBe(2)
    expect((await run(['analyze', 'x.har', '--fail-on', 'sometimes'])).code).toBe(2)
    expect(parseArgs(['analyze', 'a.har', '--json', '--markdown'])).toMatchObject({ command: 'error' })
  })

  it('`npm run --silent cli` prints only the JSON', async () => {
    const out = execFileSync(
      'npm',
      ['run', '--silent', 'cli', '--', 'analyze', storyFile('claude-ai-workos-healthy'), '--json'],
      { encoding: 'utf8' },
    )
    expect(JSON.parse(out).verdict.rootCause).toBeNull()
  })

  it('the bundled bin runs on its own', async () => {
    const outDir = join(dir, 'dist-cli')
    execFileSync(
      'npx',
      ['vite', 'build', '--config', 'vite.cli.config.ts', '--outDir', outDir, '--logLevel', 'silent'],
      { encoding: 'utf8' },
    )
    const r = spawnSync(process.execPath, [join(outDir, 'cli.js'), 'analyze', storyFile('dcr-rejected'), '--json'], {
      encoding: 'utf8',
    })
    expect(r.status).toBe(1)
    expect(JSON.parse(r.stdout).verdict.rootCause).toBe('dcr.response.status')
    // Pasted text on standard input.
    const text = spawnSync(process.execPath, [join(outDir, 'cli.js'), 'analyze', '--text', '-', '--json'], {
      encoding: 'utf8',
      input:
        "audience mismatch (got 'client_01J8ZKQ4Y7W3N5V9B2C6D8F0GH', expected 'https://mcp.example.com/mcp') with WorkOS",
    })
    expect(JSON.parse(text.stdout)).toMatchObject({
      input: { kind: 'text', name: 'standard input' },
      verdict: { rootCause: 'aud.equals-client-id' },
    })
  }, 60_000) // Bundles the CLI with Vite first: seconds on a busy machine.
})

describe('cli sharing', () => {
  it('share prints a link that open-link decodes to the same verdict', async () => {
    const shared = await run(['share', storyFile('copilot-studio-workos-proxy'), '--base', 'https://example.test/app/'])
    expect(shared.code).toBe(0)
    const link = shared.out.trim()
    expect(link).toMatch(/^https:\/\/example\.test\/app\/#r=1\.[A-Za-z0-9_-]+$/)
    const opened = await run(['open-link', link, '--json'])
    expect(opened.code).toBe(0)
    expect(JSON.parse(opened.out).verdict.rootCause).toBe('resource.authorize.missing')
  })

  it('open-link refuses a damaged link with exit 2 and one sentence', async () => {
    const r = await run(['open-link', 'https://example.test/#r=1.%%%'])
    expect(r.code).toBe(2)
    expect(r.err).toMatch(/^mcp-oauth-har: The shared report in this link is damaged/)
  })

  it('redact writes a HAR that analyses to the same verdict', async () => {
    const out = join(dir, 'redacted.har')
    const r = await run(['redact', storyFile('refresh-without-resource'), '-o', out])
    expect(r.code).toBe(0)
    const again = await run(['analyze', out, '--json'])
    expect(JSON.parse(again.out).verdict.rootCause).toBe('refresh.resource.missing')
  })

  it('redact of a truncated file writes what it could read, says what was lost and exits 2', async () => {
    const text = JSON.stringify(STORIES.find((s) => s.id === 'copilot-studio-workos-proxy')!.har, null, 2)
    const out = join(dir, 'cut-redacted.har')
    const r = await run(['redact', file('cut.har', text.slice(0, Math.floor(text.length * 0.7))), '-o', out])
    expect(r.code).toBe(2)
    expect(r.err).toMatch(/entries were read and redacted; the rest of the file is not in the redacted HAR/)
    expect((await run(['analyze', out, '--json'])).out).toContain('mcp-oauth-har/report@1')
  })

  it('--markdown --hide-hosts replaces host names', async () => {
    const r = await run(['analyze', storyFile('copilot-studio-workos-proxy'), '--markdown', '--hide-hosts'])
    expect(r.out).not.toContain('mcp.example.com')
    expect(r.out).toContain('host-1.example')
  })
})

describe('cli text and diff', () => {
  it('analyze --text reads a forum post and prints the same report shape', async () => {
    const { COPILOT_WORKOS_POST } = await import('../../fixtures/texts/posts.ts')
    const r = await run(['analyze', '--text', file('post.txt', COPILOT_WORKOS_POST), '--json'])
    const report = JSON.parse(r.out)
    expect(report.input.kind).toBe('text')
    expect(report.verdict).toMatchObject({ rootCause: 'aud.equals-client-id', confidence: 'likely' })
    expect(r.code).toBe(1)
  })

  it('diff names the cause first', async () => {
    const r = await run(['diff', storyFile('claude-ai-workos-healthy'), storyFile('copilot-studio-workos-proxy')])
    expect(r.code).toBe(0)
    expect(r.out.split('\n')[1]).toMatch(/^cause: resource at authorize/)
    const json = JSON.parse(
      (await run(['diff', storyFile('claude-ai-workos-healthy'), storyFile('copilot-studio-workos-proxy'), '--json']))
        .out,
    )
    expect(json.rows[0].key).toBe('resource.authorize')
  })

  it('diff takes a pasted-text file on either side', async () => {
    const { COPILOT_WORKOS_POST } = await import('../../fixtures/texts/posts.ts')
    const r = await run([
      'diff',
      storyFile('claude-ai-workos-healthy'),
      file('post2.txt', COPILOT_WORKOS_POST),
      '--markdown',
    ])
    expect(r.out).toContain('**token aud** ≠')
  })
})
