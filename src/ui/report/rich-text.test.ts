// RichText reads code spans as CommonMark does (§6.1), so a captured value holding backticks,
// which the core fences with a longer run (codeSpan), shows whole inside one <code>.
import { describe, expect, it } from 'vitest'
import { createElement } from 'react'
import { renderToStaticMarkup } from 'react-dom/server'
import { codeSpan } from '../../core/scrub/code-span.ts'
import { RichText } from './RichText.tsx'

const html = (text: string) => renderToStaticMarkup(createElement(RichText, { text }))

describe('RichText code spans', () => {
  it('shows a value holding a backtick as one code element', () => {
    expect(html(`aud ${codeSpan('a`b')} differs`)).toBe('aud <code>a`b</code> differs')
  })
  it('keeps a value that starts with a backtick whole', () => {
    expect(html(`state=${codeSpan('`x')}.`)).toBe('state=<code>`x</code>.')
  })
  it('leaves a backtick run without a partner of its length as text', () => {
    expect(html('a `` b `c`')).toBe('a `` b <code>c</code>')
  })
})
