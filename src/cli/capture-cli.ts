// Test helper: runs the CLI's `main` in process and captures what it writes, so tests can assert on
// the exit code, stdout and stderr without spawning the built `bin`.
import { main, type Io } from './main.ts'

export interface CliRun {
  code: number
  out: string
  err: string
}

/** `env` is passed through as given: omitted means `main`'s default, the real process environment. */
export async function captureCli(argv: string[], env?: Record<string, string>): Promise<CliRun> {
  let out = ''
  let err = ''
  const io: Io = {
    out: (t) => {
      out += t
    },
    err: (t) => {
      err += t
    },
  }
  const code = await main(argv, io, env)
  return { code, out, err }
}
