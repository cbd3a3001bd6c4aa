// Step 8: refresh (mcp-oauth-rules.md §3.8) — the "works for an hour, then fails" bugs.
import { formParams, responseJson } from '../flow/exchange-helpers.ts'
import { getParam, hasParam } from '../oauth/params.ts'
import { explainError } from '../knowledge/oauth-errors.ts'
import { quoteCaptured } from '../scrub/scrub.ts'
import { mcpAuth, oauth21, rfc } from './spec-refs.ts'
import { fail, pass, q, unknown, type Rule } from './rule.ts'
import { issuedAudSentence } from './issued-aud.ts'
import type { FlowFacts } from '../flow/evidence.ts'
import type { Exchange } from '../types.ts'
import { WRONG_AUDIENCE_FINDINGS } from './wrong-audience.ts'

export const refreshResourceMissing: Rule = {
  id: 'refresh.resource.missing',
  title: 'Refresh without resource',
  severity: 'error',
  party: 'client',
  since: '2025-06-18',
  step: 'refresh',
  explains: ['refresh.response.error', ...WRONG_AUDIENCE_FINDINGS],
  spec: (rev) => [mcpAuth(rev, 'Resource Parameter Implementation'), rfc(8707, '2.2')],
  fix: [{ party: 'client', text: 'Send the same `resource` on every refresh_token grant.' }],
  check(f) {
    if (!f.flow.refreshes.length) return null
    return f.flow.refreshes.map((ex) =>
      ex.missing === 'request'
        ? unknown('The refresh request itself is not in this evidence.', [ex.entry])
        : hasParam(formParams(ex), 'resource')
          ? pass(`The refresh sends resource=${q(getParam(formParams(ex), 'resource'))}.`, [ex.entry])
          : fail(`The refresh request (entry ${ex.entry}) has no \`resource\`${afterRefresh(f, ex)}`, [ex.entry]),
    )
  },
}

/** What the refresh without `resource` led to when the capture shows it; the usual risk when it does not. */
function afterRefresh(f: FlowFacts, ex: Exchange): string {
  if (ex.missing !== 'response' && ex.status && ex.status !== 200) {
    const error = responseJson(ex)?.error
    const code = typeof error === 'string' ? ` with ${q(quoteCaptured(error, 60))}` : ''
    return `; the authorization server rejected it${code} (HTTP ${ex.status}).`
  }
  const issued = issuedAudSentence(f, 'refresh', ex.entry)
  if (issued) return `.${issued}`
  return (
    ': many authorization servers then issue a token with a default audience or answer invalid_target, ' +
    'so the connection breaks after the first token expires.'
  )
}

export const refreshResponseError: Rule = {
  id: 'refresh.response.error',
  title: 'Refresh failed',
  severity: 'error',
  party: 'authorization-server',
  since: '2025-03-26',
  step: 'refresh',
  observed: true,
  spec: () => [oauth21('3.2.4'), oauth21('4.3.1')],
  fix: [
    {
      party: 'client',
      text: 'Send resource and the latest rotated refresh token; on invalid_grant start a new authorization.',
    },
  ],
  check(f) {
    if (!f.flow.refreshes.length) return null
    return f.flow.refreshes
      .filter((ex) => ex.missing !== 'response')
      .map((ex) => {
        const body = responseJson(ex)
        if (ex.status === 200 && typeof body?.access_token === 'string')
          return pass(`The refresh succeeded (entry ${ex.entry}).`, [ex.entry])
        const error = typeof body?.error === 'string' ? quoteCaptured(body.error, 60) : null
        return fail(
          `The refresh failed with HTTP ${ex.status || 'no response'}${error ? ` ${q(error)}` : ''} (entry ${ex.entry})${explainError(error)}.`,
          [ex.entry],
        )
      })
  },
}

export const REFRESH_RULES: Rule[] = [refreshResourceMissing, refreshResponseError]
