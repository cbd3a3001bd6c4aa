// Step 6: the callback iss parameter, RFC 9207 (mcp-oauth-rules.md §3.6 `iss.*`).
import { getParam } from '../oauth/params.ts'
import { compareUris, describeNearMiss } from '../oauth/uri-compare.ts'
import { formParams } from '../flow/exchange-helpers.ts'
import type { FlowFacts } from '../flow/evidence.ts'
import { mcpAuth, rfc } from './spec-refs.ts'
import { fail, pass, q, unknown, type Rule } from './rule.ts'

export const issMismatch: Rule = {
  id: 'iss.mismatch',
  title: 'Callback iss differs from the issuer',
  severity: 'error',
  party: 'authorization-server',
  since: '2025-03-26',
  step: 'callback',
  aliases: ['sep-2468-client-no-normalization'],
  spec: (rev) => [
    rev === '2026-07-28' ? mcpAuth(rev, 'Authorization Response Validation') : rfc(9207, '2.4'),
    rfc(9207, '2.4'),
  ],
  fix: [
    {
      party: 'authorization-server',
      text: 'Send `iss` exactly equal to the metadata `issuer` (no trailing-slash or case changes).',
    },
  ],
  check(f) {
    const cb = f.flow.callback
    const iss = cb ? getParam(cb.params, 'iss') : undefined
    if (!cb || iss === undefined) return null
    const issuer = typeof f.asMeta?.doc.issuer === 'string' ? f.asMeta.doc.issuer : null
    if (!issuer)
      return unknown(`The callback carries iss=${q(iss)}, but the metadata issuer is not in the capture.`, [cb.entry])
    const kind = compareUris(issuer, iss)
    if (kind === 'exact') return pass('The callback iss matches the issuer.', [cb.entry])
    return fail(
      `The callback iss=${q(iss)} ${describeNearMiss(kind)} compared with the metadata issuer ${q(issuer)}; clients must reject it without normalizing.`,
      [cb.entry, f.asMeta!.ex.entry],
    )
  },
}

export const issMissingWhenAdvertised: Rule = {
  id: 'iss.missing-when-advertised',
  title: 'Callback without iss although the AS advertises it',
  severity: 'error',
  party: 'authorization-server',
  since: '2025-03-26',
  step: 'callback',
  aliases: ['sep-2468-client-reject-missing-iss'],
  spec: (rev) => [
    rfc(9207, '2.4'),
    ...(rev === '2026-07-28' ? [mcpAuth(rev, 'Authorization Response Validation')] : []),
  ],
  fix: [
    {
      party: 'authorization-server',
      text: 'Send iss in every authorization response, or stop advertising authorization_response_iss_parameter_supported.',
    },
  ],
  check(f) {
    const cb = f.flow.callback
    if (!cb || f.asMeta?.doc.authorization_response_iss_parameter_supported !== true) return null
    if (getParam(cb.params, 'iss') !== undefined)
      return pass('The callback carries iss, as the metadata promises.', [cb.entry])
    // Cite only the callback: the verdict orders causes by entry, and the fault happens here.
    return fail(
      `The metadata (entry ${f.asMeta.ex.entry}) advertises iss in authorization responses, but the callback (entry ${cb.entry}) has none: clients that follow RFC 9207 reject it.`,
      [cb.entry],
    )
  },
}

/** Why the callback's iss fails RFC 9207 §2.4, or null when it does not (or cannot be judged). */
function issProblem(f: FlowFacts): string | null {
  const cb = f.flow.callback
  if (!cb || !f.asMeta) return null
  const iss = getParam(cb.params, 'iss')
  const issuer = typeof f.asMeta.doc.issuer === 'string' ? f.asMeta.doc.issuer : null
  if (iss === undefined)
    return f.asMeta.doc.authorization_response_iss_parameter_supported === true
      ? 'has no iss although the metadata advertises it'
      : null
  return issuer && compareUris(issuer, iss) !== 'exact' ? `carries iss=${q(iss)}, not the issuer ${q(issuer)}` : null
}

export const issIgnoredByClient: Rule = {
  id: 'iss.ignored-by-client',
  title: 'Client redeemed a code from a callback it had to reject',
  severity: 'error',
  party: 'client',
  // Only the 2026-07-28 revision makes MCP clients validate iss (RFC 9207 is optional before it).
  since: '2026-07-28',
  step: 'callback',
  spec: (rev) => [mcpAuth(rev, 'Authorization Response Validation'), rfc(9207, '2.4')],
  fix: [
    {
      party: 'client',
      text: 'Validate iss in the authorization response before sending the code to any token endpoint (RFC 9207 §2.4); stop the flow when it is missing or differs.',
    },
  ],
  check(f) {
    const cb = f.flow.callback
    const problem = issProblem(f)
    const code = cb ? getParam(cb.params, 'code') : undefined
    if (!cb || !problem || code === undefined) return null
    if (f.flow.tokens.some((ex) => ex.missing === 'request'))
      return unknown(`The callback (entry ${cb.entry}) ${problem}; the token request itself is not in this evidence.`, [
        cb.entry,
      ])
    // No token request proves the client stopped only where its own traffic (registration, MCP
    // calls) was captured; a browser-only capture never shows the token request.
    const clientSideSeen = f.flow.registrations.length > 0 || f.flow.mcp.length > 0
    if (!f.flow.tokens.length) {
      return clientSideSeen
        ? pass(`The callback ${problem}, and the client sent no token request: it stopped, as it must.`, [cb.entry])
        : unknown(
            `The callback (entry ${cb.entry}) ${problem}, but the client's own requests are not in the capture to show whether it stopped.`,
            [cb.entry],
          )
    }
    const redeemed = f.flow.tokens.find((ex) => getParam(formParams(ex), 'code') === code)
    if (!redeemed) return pass(`The callback ${problem}, and the client did not redeem its code.`, [cb.entry])
    return fail(
      `The callback (entry ${cb.entry}) ${problem}, yet the client sent its code to the token endpoint (entry ${redeemed.entry}) instead of rejecting the response.`,
      [redeemed.entry],
    )
  },
}
