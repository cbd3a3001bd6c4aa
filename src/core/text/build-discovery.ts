// Discovery in text: the MCP server's 401 answer and its challenge, said in a raw response, a
// quoted header or in words ("the 401 has no resource_metadata"), and CORS hiding it from
// browser clients. Each rebuilds the challenge exchange with only what the text shows.
import { bearerChallenge } from '../oauth/www-authenticate.ts'
import type { Claim } from './claims.ts'
import { stated } from './trust.ts'
import { exchange, h } from './text-exchange.ts'
import { addStatus, type Builder } from './build-steps.ts'

export function addResponse(b: Builder, c: Claim, status: number | null): void {
  const headers = (Array.isArray(c.data.headers) ? c.data.headers : []).map((line) =>
    h(line.slice(0, line.indexOf(':')), line.slice(line.indexOf(':') + 1).trim()),
  )
  const cors = headers.some((x) => x.name === 'access-control-allow-origin') || b.has('headers-hidden')
  if (status === 401 || status === 403)
    b.challenge(c, status, headers, cors ? [h('origin', 'https://client.invalid')] : [])
  else addStatus(b, c, status)
}

export function addChallengeHeader(b: Builder, c: Claim): void {
  const value = String(c.data.value)
  const target = [...b.f.challenges, ...b.f.mcp].find(
    (ex) => !ex.responseHeaders.some((x) => x.name === 'www-authenticate'),
  )
  if (target) {
    // The quoted header completes the 401 a status line rebuilt: the challenge can now be judged.
    target.responseHeaders.push(h('www-authenticate', value))
    stated(b.trust, target.entry, 'discovery.*')
  } else {
    const err = bearerChallenge([value])?.params.error
    if (err === 'invalid_token' || err === 'insufficient_scope') {
      // RFC 6750 §3.1: these errors answer a request that carried a token, even one the text does not show.
      b.f.mcp.push(
        exchange(c, {
          method: 'POST',
          url: b.server,
          status: err === 'insufficient_scope' ? 403 : 401,
          requestHeaders: [h('authorization', 'Bearer token-not-shown-in-text')],
          responseHeaders: [h('www-authenticate', value)],
        }),
      )
      b.only(c, ['mcp.*'])
    } else b.challenge(c, 401, [h('www-authenticate', value)])
  }
}

export function addChallengeLacks(b: Builder, c: Claim): void {
  const verbatim = b.claims.some(
    (x) =>
      (x.kind === 'www-authenticate' && /resource_metadata/i.test(String(x.data.value))) || x.kind === 'headers-hidden',
  )
  if (verbatim || b.f.challenges.some((ex) => ex.responseHeaders.some((x) => x.name === 'www-authenticate'))) return
  const target = b.f.challenges[0] ?? b.challenge(c, 401, [])
  if (c.data.param === 'resource_metadata') target.responseHeaders.push(h('www-authenticate', 'Bearer'))
  stated(
    b.trust,
    target.entry,
    c.data.param === 'header' ? 'discovery.www-authenticate.missing' : 'discovery.resource-metadata.missing',
  )
}

export function addHeadersHidden(b: Builder, c: Claim): void {
  const target = b.f.challenges[0] ?? b.challenge(c, 401, [h('www-authenticate', 'Bearer')])
  if (!target.requestHeaders.some((x) => x.name === 'origin'))
    target.requestHeaders.push(h('origin', 'https://client.invalid'))
  if (!target.responseHeaders.some((x) => x.name === 'access-control-allow-origin'))
    target.responseHeaders.push(h('access-control-allow-origin', '*'))
  target.missing = undefined
  stated(b.trust, target.entry, 'discovery.cors.*')
  // The text says the browser client could not read the challenge: that is the failure, not a risk.
  b.trust.set(target.entry, { ...b.trust.get(target.entry), raise: ['discovery.cors.*'] })
}
