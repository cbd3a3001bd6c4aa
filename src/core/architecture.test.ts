// The core is pure: the worker, the CLI and the tests run the same code only if nothing in
// src/core reaches for the DOM, Node, the network, storage or the clock.
import { describe, expect, it } from 'vitest'
import { readdirSync, readFileSync, statSync } from 'node:fs'
import { join } from 'node:path'
import { TOOL_VERSION } from './version.ts'
import { exampleFiles } from '../../fixtures/builder/examples.ts'

const CORE = join(import.meta.dirname)

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name)
    if (statSync(path).isDirectory()) return sources(path)
    return /\.tsx?$/.test(name) && !/\.test\.ts$/.test(name) ? [path] : []
  })
}

const FORBIDDEN_IMPORT = /from\s+['"](react|react-dom|zustand|@tanstack\/[^'"]+|node:[^'"]+|fs|path|os|crypto)['"]/
const FORBIDDEN_GLOBAL = /\b(fetch|XMLHttpRequest|WebSocket|localStorage|sessionStorage|indexedDB|document|window|process)\s*[.(]|\bDate\.now\s*\(|\bnew Date\s*\(\s*\)|\bperformance\.now\s*\(|\bMath\.random\s*\(/
const ALLOWED_PACKAGES = new Set(['jwt-decode', 'fflate'])

describe('architecture', () => {
  const files = sources(CORE)
  it('finds the core sources', () => expect(files.length).toBeGreaterThan(20))
  for (const file of files) {
    it(`${file.slice(CORE.length + 1)} stays pure`, () => {
      const text = readFileSync(file, 'utf8')
      // Judge code, not prose: drop comments and string literals before looking for globals.
      const code = text.replace(/\/\/.*$/gm, '').replace(/'(?:[^'\\\n]|\\.)*'|`(?:[^`\\]|\\.)*`|"(?:[^"\\\n]|\\.)*"/g, "''")
      expect(text).not.toMatch(FORBIDDEN_IMPORT)
      expect(code).not.toMatch(FORBIDDEN_GLOBAL)
      for (const m of text.matchAll(/from\s+['"]([^'".][^'"]*)['"]/g)) expect(ALLOWED_PACKAGES).toContain(m[1])
      expect(text.split('\n').length).toBeLessThanOrEqual(260)
    })
  }

  it('the tool version matches package.json', () => {
    const pkg = JSON.parse(readFileSync(join(CORE, '..', '..', 'package.json'), 'utf8')) as { version: string }
    expect(TOOL_VERSION).toBe(pkg.version)
  })

  it('the bundled examples are what the fixture builder writes (run `npm run examples`)', () => {
    for (const [name, text] of Object.entries(exampleFiles())) {
      expect(readFileSync(join(CORE, '..', '..', 'public', 'examples', name), 'utf8'), name).toBe(text)
    }
  })
})
