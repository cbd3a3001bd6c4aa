// Purity of src/core, enforced by the linter next to the compiler (tsconfig.core.json): the core
// must run unchanged in the page, the worker, the CLI and the tests, so it may not reach for the
// clock, randomness, timers, the page, Node, the network, storage, or the hosts above it.
// typescript-eslint comes from scripts/lint-deps (it needs TypeScript 5's JS API; tsc stays 7).
import tseslint from 'lint-deps'

const CORE_SOURCES = ['src/core/**/*.ts']
// Test files and the rule-case builders run only under Vitest, in Node.
const CORE_TEST_SUPPORT = ['src/core/**/*.test.ts', 'src/core/rules/rule-case*.ts']

const why = 'src/core is pure: no clock, randomness, timers, DOM, Node, network or storage (ARCHITECTURE.md).'

const FORBIDDEN_GLOBALS = [
  'window',
  'self',
  'document',
  'navigator',
  'location',
  'history',
  'localStorage',
  'sessionStorage',
  'indexedDB',
  'fetch',
  'XMLHttpRequest',
  'WebSocket',
  'EventSource',
  'Worker',
  'postMessage',
  'setTimeout',
  'setInterval',
  'setImmediate',
  'clearTimeout',
  'clearInterval',
  'requestAnimationFrame',
  'performance',
  'crypto',
  'process',
  'Buffer',
  'global',
  'globalThis',
  'require',
  'module',
  '__dirname',
  '__filename',
].map((name) => ({ name, message: why }))

export default tseslint.config(
  {
    ignores: [
      'node_modules/**',
      'dist/**',
      'dist-cli/**',
      'lab/**',
      'reports/**',
      'bench/out/**',
      'scripts/lint-deps/**',
    ],
  },
  // Every TypeScript file parses; the purity rules below apply to the core only.
  {
    files: ['**/*.ts', '**/*.tsx'],
    languageOptions: { parser: tseslint.parser, ecmaVersion: 2023, sourceType: 'module' },
  },
  {
    files: CORE_SOURCES,
    ignores: CORE_TEST_SUPPORT,
    languageOptions: { parser: tseslint.parser, ecmaVersion: 2023, sourceType: 'module' },
    linterOptions: { reportUnusedDisableDirectives: 'error' },
    rules: {
      'no-restricted-globals': ['error', ...FORBIDDEN_GLOBALS],
      'no-restricted-properties': [
        'error',
        { object: 'Date', property: 'now', message: why },
        { object: 'Math', property: 'random', message: why },
      ],
      'no-restricted-syntax': [
        'error',
        { selector: 'ImportExpression', message: `Dynamic import() in core: ${why}` },
        {
          selector: 'NewExpression[callee.name="Date"][arguments.length=0]',
          message: `new Date() reads the clock: ${why}`,
        },
        { selector: 'CallExpression[callee.name="Date"]', message: `Date() reads the clock: ${why}` },
      ],
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              // Only relative imports inside core and the two allowed packages (decode JWTs, inflate).
              regex: '^(?!\\.{1,2}/|jwt-decode$|fflate$)',
              message: `Only jwt-decode and fflate come from npm into core; ${why}`,
            },
            {
              // Named host folders anywhere, and any path that climbs three levels (out of src/core from its
              // deepest folders; src/core/knowledge/errors/ legitimately climbs two to reach core's types).
              regex: '(^|/)(ui|worker|cli)(/|$)|(^|/)\\.\\./\\.\\./\\.\\./|fixtures/',
              message:
                'core imports nothing from ui, worker, cli or fixtures: the hosts depend on core, never the reverse.',
            },
          ],
        },
      ],
    },
  },
)
