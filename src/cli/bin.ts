// Entry point of `mcp-oauth-har` (package.json "bin" → dist-cli/cli.js).
import { main } from './main.ts'

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code
  },
  (e: unknown) => {
    // One clear sentence, never a stack trace (PRODUCT.md §8).
    process.stderr.write(`mcp-oauth-har: internal error: ${String((e as Error)?.message ?? e)}\n`)
    process.exitCode = 2
  },
)
