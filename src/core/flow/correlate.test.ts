// Login and consent pages that carry the authorization query are steps of one attempt; a client's
// new attempt (fresh state and PKCE challenge) is a new flow.
import { describe, expect, it } from 'vitest'
import { har, type EntrySpec } from '../../../fixtures/builder/har.ts'
import { scenarioEntries } from '../../../fixtures/builder/scenario.ts'
import { workos } from '../../../fixtures/builder/story-base.ts'
import { find, isAuthorize } from '../../../fixtures/builder/mutate.ts'
import { analyzeCapture } from '../index.ts'

const LOOPBACK = 'http://127.0.0.1:33418/'
const flowsOf = (specs: EntrySpec[]) =>
  analyzeCapture(new TextEncoder().encode(JSON.stringify(har(specs))), 'x.har').report.flows

/** The authorize redirect goes to `page` first; the page then redirects to the callback. */
function viaPage(page: (query: URLSearchParams) => string): EntrySpec[] {
  const specs = scenarioEntries(workos({ redirectUri: LOOPBACK }))
  const authorize = find(specs, isAuthorize)
  const callback = authorize.redirectURL!
  const url = page(new URLSearchParams(authorize.url.split('?')[1]))
  authorize.redirectURL = url
  authorize.responseHeaders = { location: url }
  const pageEntry: EntrySpec = {
    url,
    status: 302,
    resourceType: 'document',
    responseHeaders: { location: callback },
    redirectURL: callback,
  }
  specs.splice(specs.indexOf(authorize) + 1, 0, pageEntry)
  return specs
}

describe('authorization pages', () => {
  it('a login page repeating the whole authorization query is a step of the same flow', () => {
    const flows = flowsOf(viaPage((q) => `https://bright-lotus-41.authkit.app/login?${q}`))
    expect(flows).toHaveLength(1)
    expect(flows[0]!.steps.filter((s) => s.kind === 'authorize')).toHaveLength(1)
  })

  it('a consent page with the client query but no state or PKCE is a step too', () => {
    const flows = flowsOf(
      viaPage((q) => {
        q.delete('state')
        q.delete('code_challenge')
        q.delete('code_challenge_method')
        return `https://bright-lotus-41.authkit.app/consent?${q}`
      }),
    )
    expect(flows).toHaveLength(1)
  })

  it('a new attempt with a fresh state and challenge is a new flow', () => {
    const attempt = (tag: string) => scenarioEntries(workos({ redirectUri: LOOPBACK, tag }))
    const flows = flowsOf([...attempt('a'), ...attempt('b')])
    expect(flows).toHaveLength(2)
  })
})
