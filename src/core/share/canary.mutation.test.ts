// Mutation check for the canary property test (issue #12): with a line of defence switched off,
// the same shapes must show leaks. If these pass while the feature is disabled, the canary test
// proves nothing.
import { afterEach, describe, expect, it, vi } from 'vitest'

async function leaksWith(): Promise<string[]> {
  const { captureShapes, leaksOf } = await import('../../../fixtures/builder/leak-check.ts')
  return captureShapes(13).flatMap((shape) => leaksOf(shape))
}

describe('the canary test fails when a line of defence is disabled', { timeout: 60_000 }, () => {
  afterEach(() => {
    vi.doUnmock('./free-text.ts')
    vi.doUnmock('../scrub/scrub.ts')
    vi.doUnmock('./path-ids.ts')
    vi.doUnmock('./redact-body.ts')
    vi.doUnmock('./redact-headers.ts')
    vi.resetModules()
  })

  it('free-text projection and scrubber disabled: quoted descriptions leak', async () => {
    vi.resetModules()
    vi.doMock('./free-text.ts', async (orig) => ({
      ...(await orig<object>()),
      projectMessage: (m: string) => m,
      projectQuote: (t: string) => t,
    }))
    vi.doMock('../scrub/scrub.ts', async (orig) => ({ ...(await orig<object>()), scrubFreeText: (t: string) => t }))
    const leaks = await leaksWith()
    expect(leaks.some((l) => l.startsWith('link:'))).toBe(true)
    expect(leaks.some((l) => l.startsWith('markdown:'))).toBe(true)
  })

  it('free-text projection disabled, scrubber on: short passwords and phone numbers still leak', async () => {
    vi.resetModules()
    vi.doMock('./free-text.ts', async (orig) => ({
      ...(await orig<object>()),
      projectMessage: (m: string) => m,
      projectQuote: (t: string) => t,
    }))
    expect((await leaksWith()).some((l) => l.startsWith('link:'))).toBe(true)
  })

  it('path ids disabled: keys in MCP URL paths leak', async () => {
    vi.resetModules()
    vi.doMock('./path-ids.ts', async (orig) => {
      const real = await orig<{ PathIds: new (strict?: boolean) => object }>()
      return {
        ...real,
        looksLikeId: () => false,
        PathIds: class extends real.PathIds {
          segment(s: string) {
            return s
          }
        },
      }
    })
    expect((await leaksWith()).some((l) => /^(link|markdown|redacted):/.test(l))).toBe(true)
  })

  it('redacted HAR body and header allow-lists disabled: the redacted HAR leaks', async () => {
    vi.resetModules()
    vi.doMock('./redact-body.ts', async (orig) => ({ ...(await orig<object>()), redactBodyText: (t: string) => t }))
    vi.doMock('./redact-headers.ts', async (orig) => ({
      ...(await orig<object>()),
      redactHeaderValue: (_n: string, v: string) => v,
    }))
    expect((await leaksWith()).some((l) => l.startsWith('redacted:'))).toBe(true)
  })
})
