// Markdown that cannot carry markup (PRODUCT.md §7), checked strictly by fixtures/builder/markdown-check.ts.
import { describe, expect, it } from 'vitest'
import { deflateSync, strToU8 } from 'fflate'
import { STORIES } from '../../../fixtures/builder/stories.ts'
import { analyzeCapture, renderMarkdown } from '../index.ts'
import { toShareableReport } from './to-shareable.ts'
import { decodeShareLink } from './link.ts'
import { liveMarkup, withoutCodeSpans } from '../../../fixtures/builder/markdown-check.ts'
import { q } from '../rules/rule.ts'
import { splitCodeSpans } from '../scrub/code-span.ts'

const INJECTION =
  '![x](https://evil.example/p.png) <img src=x onerror=alert(1)> [Fix now](https://evil.example/login) ' +
  '# Heading &amp; www.evil.example <https://evil.example> ``` `x` ** _'

function captureWith(description: string): Uint8Array {
  const har = JSON.parse(JSON.stringify(STORIES.find((s) => s.id === 'callback-invalid-target')!.har))
  for (const e of har.log.entries) {
    for (const h of e.response.headers)
      if (h.name === 'location')
        h.value = h.value.replace(/error_description=[^&]*/, `error_description=${encodeURIComponent(description)}`)
    if (e.response.redirectURL)
      e.response.redirectURL = e.response.redirectURL.replace(
        /error_description=[^&]*/,
        `error_description=${encodeURIComponent(description)}`,
      )
  }
  return new TextEncoder().encode(JSON.stringify(har))
}

describe('Markdown cannot carry markup', () => {
  it('the checker finds each construct (so a pass means something)', () => {
    for (const bad of [
      '![a](https://x.test/a.png)',
      '[a](https://x.test)',
      '<img src=x>',
      '# title',
      'see https://x.test',
      '&lt;',
      'a www.x.test b',
    ])
      expect(liveMarkup(`x\n${bad}`), bad).not.toEqual([])
    expect(liveMarkup('`![a](https://x.test)` and \\[a\\]\\(b\\) \\<img\\>')).toEqual([])
  })

  it('an injected error_description becomes text', () => {
    const { report } = analyzeCapture(captureWith(INJECTION), 'x.har')
    expect(JSON.stringify(report)).toContain('onerror')
    for (const hideHosts of [false, true]) {
      const md = renderMarkdown(toShareableReport(report, { hideHosts }), 'https://app.test/#r=1.abc')
      expect(liveMarkup(md, 'https://app.test/#r=1.abc')).toEqual([])
      expect(md).not.toContain('evil.example')
    }
  })

  it('a link with markup in every text field renders as text', async () => {
    const shared = JSON.parse(JSON.stringify(toShareableReport(analyzeCapture(captureWith('x'), 'x.har').report)))
    const poison = (v: unknown, key = ''): unknown => {
      if (typeof v === 'string')
        return [
          'rule',
          'status',
          'severity',
          'party',
          'confidence',
          'outcome',
          'state',
          'kind',
          'format',
          'match',
          'revision',
          'schema',
        ].includes(key)
          ? v
          : `${v}\n${INJECTION}\n# h`
      if (Array.isArray(v)) return v.map((x) => poison(x, key))
      if (v && typeof v === 'object') return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, poison(x, k)]))
      return v
    }
    const link = `#r=1.${Buffer.from(deflateSync(strToU8(JSON.stringify(poison(shared))))).toString('base64url')}`
    const back = await decodeShareLink(link)
    expect(back.ok).toBe(true)
    if (!back.ok) return
    expect(back.value.verdict.summary).toContain('<img')
    const md = renderMarkdown(back.value, 'javascript:alert(1)')
    expect(liveMarkup(md)).toEqual([])
  })

  // A captured value with backtick runs of its own, quoted by a rule: it must stay in its code span.
  const TICKS = '` ![x](https://evil.example/p.png) ``[Fix now](https://evil.example/login)`` <img src=x> `'

  it('a captured value full of backticks stays in its code span, through the projection and a link', async () => {
    const har = JSON.parse(JSON.stringify(STORIES.find((s) => s.id === 'claude-ai-workos-healthy')!.har))
    const meta = har.log.entries.find((e: { request: { url: string } }) =>
      e.request.url.includes('oauth-authorization-server'),
    )
    const doc = JSON.parse(meta.response.content.text)
    meta.response.content.text = JSON.stringify({ ...doc, issuer: `${doc.issuer}${TICKS}` })
    const { report } = analyzeCapture(new TextEncoder().encode(JSON.stringify(har)), 'x.har')
    expect(report.findings.find((f) => f.rule === 'asmeta.issuer.mismatch')?.message).toContain(TICKS)
    const md = renderMarkdown(toShareableReport(report))
    expect(liveMarkup(md)).toEqual([])
    // The projection shows the issuer (it names the AS); whatever it holds stays inside code spans.
    for (const line of md.split('\n')) expect(withoutCodeSpans(line), line).not.toMatch(/evil|img|Fix now/)
    // A link carries the value as it is: the Markdown shows it literally, as one code span.
    const shared = JSON.parse(JSON.stringify(toShareableReport(report)))
    shared.findings[0].message = `The metadata says issuer ${q(TICKS)} (entry 2).`
    const link = `#r=1.${Buffer.from(deflateSync(strToU8(JSON.stringify(shared)))).toString('base64url')}`
    const back = await decodeShareLink(link)
    expect(back.ok).toBe(true)
    if (!back.ok) return
    const fromLink = renderMarkdown(back.value)
    expect(liveMarkup(fromLink)).toEqual([])
    const line = fromLink.split('\n').find((l) => l.includes('The metadata says issuer'))!
    expect(
      splitCodeSpans(line)
        .filter((p) => p.code)
        .map((p) => p.text),
    ).toContain(TICKS)
  })

  for (const story of STORIES) {
    it(`${story.id}: only the app's own headings and catalog links`, () => {
      const { report } = analyzeCapture(new TextEncoder().encode(JSON.stringify(story.har)), 'x.har')
      const md = renderMarkdown(toShareableReport(report), 'https://app.test/#r=1.abc')
      expect(liveMarkup(md, 'https://app.test/#r=1.abc')).toEqual([])
    })
  }
})
