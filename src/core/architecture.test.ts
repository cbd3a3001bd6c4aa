// The core is pure: the worker, the CLI and the tests run the same code only if nothing in
// src/core reaches for the DOM, Node, the network, storage or the clock. The compiler
// (tsconfig.core.json: no DOM lib, no Node types) and the linter (eslint.config.js) enforce it in
// `npm test`; these tests prove both guards fail on planted violations, and that core folders
// import each other in one direction only.
import { describe, expect, it } from 'vitest'
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs'
import { spawnSync } from 'node:child_process'
import { tmpdir } from 'node:os'
import { dirname, join, relative, resolve } from 'node:path'
import { ESLint } from 'eslint'
import { TOOL_VERSION } from './version.ts'
import { exampleFiles } from '../../fixtures/builder/examples.ts'

const CORE = import.meta.dirname
const ROOT = resolve(CORE, '..', '..')

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name)
    if (statSync(path).isDirectory()) return sources(path)
    return /\.tsx?$/.test(name) && !/\.test\.ts$/.test(name) ? [path] : []
  })
}

/** One violation per line of the review that found the grep guard too weak (issue #14). */
const PLANTED: Record<string, string> = {
  'Date.now()': 'export const t = Date.now()',
  'new Date()': 'export const t = new Date().getTime()',
  'Date()': 'export const t = Date()',
  'crypto.getRandomValues': 'export const r = crypto.getRandomValues(new Uint8Array(4))',
  navigator: 'export const ua = navigator.userAgent',
  location: 'export const here = location.href',
  setTimeout: 'export const id = setTimeout(() => undefined, 1)',
  Buffer: "export const b = Buffer.from('x')",
  'dynamic node: import': "export const fs = () => import('node:fs')",
  "globalThis['process']": "export const p: unknown = globalThis['process']",
  'static node: import': "import { readFileSync } from 'node:fs'\nexport { readFileSync }",
  'import from src/ui': "import { App } from '../ui/App.tsx'\nexport { App }",
  'import from src/worker': "export * from '../worker/engine.ts'",
  'import from src/cli': "export * from '../cli/main.ts'",
  'npm package other than jwt-decode and fflate': "export * from 'zustand'",
  'Math.random()': 'export const r = Math.random()',
  'fetch()': "export const f = () => fetch('https://example.com')",
}

/** Planted code that the core's compiler settings must reject (the linter covers the rest). */
const COMPILER_REJECTS = [
  'crypto.getRandomValues',
  'navigator',
  'location',
  'setTimeout',
  'Buffer',
  'dynamic node: import',
  "globalThis['process']",
  'static node: import',
  'fetch()',
]

describe('purity guards', () => {
  const eslint = new ESLint({ cwd: ROOT })
  for (const [what, code] of Object.entries(PLANTED)) {
    it(`the linter rejects ${what} in src/core`, async () => {
      const [result] = await eslint.lintText(code, { filePath: join(CORE, 'flow', 'planted.ts') })
      expect(result!.messages.filter((m) => m.severity === 2).map((m) => m.ruleId)).not.toEqual([])
    })
  }

  it('the linter accepts the same code outside src/core and pure code inside it', async () => {
    const [outside] = await eslint.lintText(PLANTED['Date.now()']!, {
      filePath: join(ROOT, 'src', 'cli', 'planted.ts'),
    })
    expect(outside!.messages).toEqual([])
    const [pure] = await eslint.lintText(
      "import { inflateSync } from 'fflate'\nexport const f = inflateSync\nexport const t = Date.parse('2025-01-01T00:00:00Z')",
      { filePath: join(CORE, 'flow', 'planted.ts') },
    )
    expect(pure!.messages).toEqual([])
  })

  it('the compiler rejects DOM and Node globals in the core (tsconfig.core.json)', { timeout: 60_000 }, () => {
    const dir = mkdtempSync(join(tmpdir(), 'core-purity-'))
    try {
      for (const [i, what] of COMPILER_REJECTS.entries()) writeFileSync(join(dir, `planted-${i}.ts`), PLANTED[what]!)
      writeFileSync(
        join(dir, 'pure.ts'),
        "export const n = new TextEncoder().encode('x').length + Date.parse('2025-01-01')",
      )
      const config = {
        extends: join(ROOT, 'tsconfig.core.json'),
        include: [join(dir, '*.ts'), join(ROOT, 'types', 'core-platform.d.ts')],
        exclude: [],
      }
      writeFileSync(join(dir, 'tsconfig.json'), JSON.stringify(config))
      const tsc = join(ROOT, 'node_modules', '.bin', process.platform === 'win32' ? 'tsc.cmd' : 'tsc')
      const out = spawnSync(tsc, ['--noEmit', '-p', join(dir, 'tsconfig.json')], { encoding: 'utf8' }).stdout
      const rejected = COMPILER_REJECTS.filter((_, i) => out.includes(`planted-${i}.ts(`))
      expect(rejected).toEqual(COMPILER_REJECTS)
      expect(out).not.toContain('pure.ts(')
    } finally {
      rmSync(dir, { recursive: true, force: true })
    }
  })
})

/** A core folder, or the file itself for files at the core's root (analyze.ts, index.ts, …). */
const unitOf = (path: string) => relative(CORE, path).split(/[\\/]/)[0]!

function folderGraph(): Map<string, Set<string>> {
  const graph = new Map<string, Set<string>>()
  for (const file of sources(CORE)) {
    const from = unitOf(file)
    for (const m of readFileSync(file, 'utf8').matchAll(/(?:\bfrom|\bimport)\s*\(?\s*['"](\.{1,2}\/[^'"]+)['"]/g)) {
      const target = resolve(dirname(file), m[1]!)
      if (!target.startsWith(CORE)) continue
      const to = unitOf(target)
      if (to !== from) graph.set(from, (graph.get(from) ?? new Set()).add(to))
    }
  }
  return graph
}

/** Every import cycle between core folders, each as a path a → b → … → a. */
export function folderCycles(graph: Map<string, Set<string>>): string[] {
  const cycles = new Set<string>()
  const walk = (node: string, path: string[]) => {
    for (const next of graph.get(node) ?? []) {
      const at = path.indexOf(next)
      if (at >= 0) {
        const loop = path.slice(at)
        const start = loop.indexOf([...loop].sort()[0]!)
        cycles.add([...loop.slice(start), ...loop.slice(0, start), loop[start]].join(' → '))
      } else walk(next, [...path, next])
    }
  }
  for (const node of graph.keys()) walk(node, [node])
  return [...cycles].sort()
}

describe('dependency direction', () => {
  it('finds the folder graph', () => {
    const graph = folderGraph()
    expect([...(graph.get('rules') ?? [])]).toContain('flow')
    expect(
      folderCycles(
        new Map([
          ['a', new Set(['b'])],
          ['b', new Set(['c'])],
          ['c', new Set(['a'])],
        ]),
      ),
    ).toEqual(['a → b → c → a'])
  })

  it('no import cycle between core folders', () => {
    expect(folderCycles(folderGraph())).toEqual([])
  })
})

describe('architecture', () => {
  it('core source files stay near the line cap', () => {
    const long = sources(CORE).filter((file) => readFileSync(file, 'utf8').split('\n').length > 260)
    expect(long.map((f) => relative(CORE, f))).toEqual([])
  })

  it('the tool version matches package.json', () => {
    const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { version: string }
    expect(TOOL_VERSION).toBe(pkg.version)
  })

  it('the bundled examples are what the fixture builder writes (run `npm run examples`)', () => {
    for (const [name, text] of Object.entries(exampleFiles())) {
      expect(readFileSync(join(ROOT, 'public', 'examples', name), 'utf8'), name).toBe(text)
    }
  })
})
