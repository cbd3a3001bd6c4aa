// Markdown that cannot carry markup (PRODUCT.md §7). No CommonMark package is installed, so this
// checks the output strictly: after removing code spans and backslash escapes, nothing may remain
// that CommonMark or GitHub would render as an image, link, autolink, heading, HTML or entity,
// except this app's own headings and the catalog's spec links.
import { describe, expect, it } from 'vitest'
import { deflateSync, strToU8 } from 'fflate'
import { STORIES } from '../../../fixtures/builder/stories.ts'
import { analyzeCapture, renderMarkdown } from '../index.ts'
import { toShareableReport } from './to-shareable.ts'
import { decodeShareLink } from './link.ts'
import { ALL_RULE_IDS } from '../rules/index.ts'
import { catalogRule } from './catalog.ts'
import { FOLD_CLOSE, FOLD_OPEN } from '../report/markdown.ts'

const OWN_HEADINGS =
  /^(## MCP OAuth diagnosis|### Findings|### What this capture cannot show|### {2}CODE : ( CODE |unknown MCP server))$/
const catalogUrls = new Set(
  ALL_RULE_IDS.flatMap((id) =>
    (['2025-03-26', '2025-06-18', '2025-11-25', '2026-07-28'] as const).flatMap(
      (rev) => catalogRule(id, rev)?.spec.map((s) => s.url) ?? [],
    ),
  ),
)

/** Removes code spans (CommonMark §6.1: a run of n backticks closes only with a run of n). */
function withoutCodeSpans(line: string): string {
  let out = ''
  let i = 0
  while (i < line.length) {
    const open = /^`+/.exec(line.slice(i))
    if (!open) {
      out += line[i++]
      continue
    }
    const n = open[0].length
    const close = new RegExp(`(?<!\`)\`{${n}}(?!\`)`).exec(line.slice(i + n))
    if (!close) {
      out += open[0]
      i += n
      continue
    }
    out += ' CODE '
    i += n + close.index + n
  }
  return out
}

/** Every construct in `md` that would render as markup not made by this app. */
export function liveMarkup(md: string, ownLink?: string): string[] {
  const found: string[] = []
  for (const raw of md.split('\n')) {
    // The app's own <details> fold is the one HTML construct allowed, and only as these exact lines.
    if (raw === FOLD_OPEN || raw === FOLD_CLOSE) continue
    if (/^#{1,6}(\s|$)/.test(raw) && !OWN_HEADINGS.test(withoutCodeSpans(raw))) found.push(`heading: ${raw}`)
    if (/^ {0,3}(=+|-{2,})\s*$/.test(raw)) found.push(`setext: ${raw}`)
    let line = withoutCodeSpans(raw)
    // The app's own links: catalog spec links and the share link.
    line = line.replace(/\[([^\]]*)\]\((\S+)\)/g, (all, _t: string, href: string) =>
      catalogUrls.has(href) || href === ownLink ? ' LINK ' : all,
    )
    line = line.replace(/\\[!-/:-@[-`{-~]/g, ' ')
    for (const [name, re] of [
      ['image', /!\[/],
      ['link', /\]\(|\]\[|^\s*\[[^\]]+\]:/],
      ['html', /<[A-Za-z/!?]/],
      ['entity', /&(#\d+|#x[0-9a-f]+|[a-z]+\d*);/i],
      [
        'autolink',
        new RegExp(
          String.raw`[a-z][a-z0-9+.-]*:\/\/|\bwww\.|[\w.+-]+@[\w-]+\.[\w.]+|` +
            String.raw`\b(?:[a-z0-9-]+\.)+(?:com|net|org|io|app|example|dev)\b`,
          'i',
        ),
      ],
    ] as const)
      if (re.test(line)) found.push(`${name}: ${raw}`)
  }
  return found
}

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

  for (const story of STORIES) {
    it(`${story.id}: only the app's own headings and catalog links`, () => {
      const { report } = analyzeCapture(new TextEncoder().encode(JSON.stringify(story.har)), 'x.har')
      const md = renderMarkdown(toShareableReport(report), 'https://app.test/#r=1.abc')
      expect(liveMarkup(md, 'https://app.test/#r=1.abc')).toEqual([])
    })
  }
})
