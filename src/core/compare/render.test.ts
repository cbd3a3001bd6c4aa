// The compare view's Markdown is as safe as the report's (PRODUCT.md §7): capture names, values and
// verdict text from hostile captures render as text, checked by the same strict checker.
import { describe, expect, it } from 'vitest'
import { STORIES } from '../../../fixtures/builder/stories.ts'
import { liveMarkup, withoutCodeSpans } from '../../../fixtures/builder/markdown-check.ts'
import { analyzeCapture } from '../index.ts'
import { q } from '../rules/rule.ts'
import { splitCodeSpans } from '../scrub/code-span.ts'
import { diffReports } from './diff.ts'
import { renderDiffMarkdown } from './render.ts'

const analyze = (id: string, name: string) =>
  analyzeCapture(new TextEncoder().encode(JSON.stringify(STORIES.find((s) => s.id === id)!.har)), name).report
const COMPARE_HEADING = /^## .+ vs .+$/
const NAME = '# x ![i](https://evil.example/i.png) <img src=x onerror=alert(1)> [Fix](https://evil.example/l) | y.har'
const TICKS = '` ![x](https://evil.example/p.png) ``[Fix now](https://evil.example/login)`` | <img src=x> `'

describe('compare Markdown cannot carry markup', () => {
  it('hostile capture names, values and verdict text render as text', () => {
    const healthy = analyze('claude-ai-workos-healthy', NAME)
    const failing = analyze('copilot-studio-workos-proxy', 'second\n## injected heading.har')
    failing.verdict = { ...failing.verdict, summary: `Failed: ${q(TICKS)} <img src=x> [Fix](https://evil.example/l)` }
    const d = diffReports(healthy, failing)
    d.rows[0] = { ...d.rows[0]!, a: TICKS }
    const md = renderDiffMarkdown(d)
    expect(liveMarkup(md, undefined, COMPARE_HEADING)).toEqual([])
    for (const line of md.split('\n')) expect(withoutCodeSpans(line), line).not.toMatch(/evil\.example/)
    expect(md.split('\n').filter((l) => l.startsWith('#'))).toHaveLength(1)
    // Every table row keeps its three cells: a pipe from a capture is escaped, even inside code.
    for (const row of md.split('\n').filter((l) => l.startsWith('| ')))
      expect(row.match(/(?<!\\)\|/g), row).toHaveLength(4)
    // The value is shown whole, as one code span (pipes escaped for the table).
    const row = md.split('\n').find((l) => l.startsWith('| **resource at authorize**'))!
    expect(splitCodeSpans(row).map((p) => p.text)).toContain(TICKS.replace(/\|/g, '\\|'))
  })
})
