import { describe, expect, it } from 'vitest'
import { isLocalOrigin, normalizeBase, pageBase } from './share-base.ts'

describe('share base', () => {
  it('knows which origins open only on this machine', () => {
    const local = [
      'http://localhost:5173/',
      'http://127.0.0.1:4173/x',
      'http://[::1]:8080/',
      'file:///home/a/x.html',
      'http://app.localhost/',
    ]
    const remote = ['https://example.github.io/mcp-oauth-har/', 'https://10.0.0.5/', 'https://localhost.example.com/']
    for (const u of local) expect(isLocalOrigin(u), u).toBe(true)
    for (const u of remote) expect(isLocalOrigin(u), u).toBe(false)
  })

  it('accepts only an http(s) address and drops any fragment', () => {
    expect(normalizeBase(' https://team.example/tools/har/#r=1.x ')).toBe('https://team.example/tools/har/')
    expect(normalizeBase('javascript:alert(1)')).toBeNull()
    expect(normalizeBase('not a url')).toBeNull()
  })

  it('builds links on the page address without its fragment', () => {
    expect(pageBase('http://127.0.0.1:4173/#entry=5')).toBe('http://127.0.0.1:4173/')
  })
})
