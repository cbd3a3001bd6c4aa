// What free text may be made of to be shared (PRODUCT.md §7): words of the rule catalog (titles,
// fixes, spec names), OAuth error codes and their meanings, known vendor error strings, and a
// short list of phrases authorization servers commonly put in `error_description`. Anything else
// in a quoted description is unknown, and unknown text is withheld, never guessed at.
import { FLOW_RULE_LIST } from '../rules/index.ts'
import { CAPTURE_RULES } from '../rules/flow.ts'
import { OAUTH_ERRORS } from '../knowledge/oauth-errors.ts'
import { KNOWN_ERRORS } from '../knowledge/error-strings.ts'
import { LATEST } from '../flow/revision.ts'

/** OAuth 2.1 §4.1.2.1/§3.2.4, RFC 6750 §3.1, RFC 7591 §3.2.2, OIDC Core §3.1.2.6, RFC 8628, RFC 9449. */
export const ERROR_CODES: ReadonlySet<string> = new Set([
  ...Object.keys(OAUTH_ERRORS),
  'invalid_redirect_uri',
  'invalid_client_metadata',
  'invalid_software_statement',
  'unapproved_software_statement',
  'unsupported_response_type',
  'unsupported_token_type',
  'login_required',
  'consent_required',
  'interaction_required',
  'account_selection_required',
  'registration_not_supported',
  'request_not_supported',
  'request_uri_not_supported',
  'invalid_request_uri',
  'invalid_request_object',
  'authorization_pending',
  'slow_down',
  'expired_token',
  'invalid_dpop_proof',
  'use_dpop_nonce',
  'invalid_authorization_details',
  'temporarily_unavailable',
])

/** Phrases servers and libraries commonly write in error descriptions (oidc-provider, Auth0,
 * WorkOS, Keycloak, the MCP SDK): generic wording, no identifiers. */
const COMMON_PHRASES = [
  'Authorization required',
  'Authentication required',
  'Unauthorized',
  'Forbidden',
  'Bad request',
  'Not found',
  'The requested resource is not configured',
  'PKCE verification failed',
  'audience mismatch',
  'Invalid token',
  'The access token expired',
  'token expired',
  'Token has expired',
  'Invalid audience',
  'Invalid issuer',
  'Missing required parameter',
  'Invalid redirect URI',
  'redirect_uri mismatch',
  'client authentication failed',
  'grant request is invalid',
  'The provided authorization grant is invalid, expired or revoked',
  'code_verifier does not match code_challenge',
  'The user denied the request',
  'access denied by resource owner',
  'no resource indicator',
  'resource indicator is missing or unknown',
  'invalid resource indicator',
  'scope not allowed',
  'requested scope is invalid unknown or malformed',
  'dynamic client registration is not supported',
  'host is not allowed',
  'is not allowed',
  'not supported',
  'must be https',
  'only https is allowed',
  'an internal server error occurred',
  'please try again later',
  'session expired',
  'login required',
  'the a an and or of to in on at by for with from as is are was were be been not no it its this that these',
  'there which who what when where why how must should may can could would will do does did has have had',
  'please try again contact your administrator error errors request requests response failed failure invalid',
  'missing required unknown unsupported expired revoked malformed mismatch match matches does did',
  'parameter parameters value values header headers query body field fields format type types',
  'server client user application app tenant resource resources scope scopes audience issuer token tokens',
  'access refresh authorization authorize authentication code grant redirect uri url uris urls endpoint',
  'registration registered register metadata discovery protected identifier indicator requested provided',
  'configured configuration allowed permitted denied rejected accepted received expected found given',
  'bearer jwt signature key keys verification verify verified validation validate validated failed',
  'pkce challenge verifier method methods plain s256 http https localhost loopback scheme port path host',
  'only any all one more than less least most either neither nor but if then else also yet still',
  'mcp oauth oidc openid rfc spec draft version protocol transport sse stream json',
  'preserve log keep capture export save content sanitized cache disable network devtools browser tab page',
  'click connect reload start stop open close again window button settings option options enabled on off',
  'allow list allowlist denylist blocklist blocked listed known ' +
    'unknown redacted removed replaced credential credentials',
  'used use uses using cannot can don does isn aren wasn won same different other another already yet',
]

const WORD = /[A-Za-z][A-Za-z0-9]*/g

function addWords(into: Set<string>, text: string): void {
  for (const m of text.matchAll(WORD)) into.add(m[0].toLowerCase())
}

function build(): Set<string> {
  const words = new Set<string>()
  for (const rule of [...FLOW_RULE_LIST, ...CAPTURE_RULES]) {
    addWords(words, `${rule.id} ${rule.title}`)
    for (const f of ('fix' in rule ? rule.fix : undefined) ?? []) addWords(words, f.text)
    for (const s of rule.spec(LATEST)) addWords(words, `${s.doc} ${s.section}`)
  }
  for (const [code, m] of Object.entries(OAUTH_ERRORS)) addWords(words, `${code} ${m.meaning}`)
  for (const k of KNOWN_ERRORS) addWords(words, `${k.meaning} ${k.fix.text}`)
  for (const p of COMMON_PHRASES) addWords(words, p)
  for (const code of ERROR_CODES) words.add(code)
  // Letters-and-digits words of the catalog (e.g. "v2") stay; anything with 3+ digits is a
  // number, and numbers are judged separately.
  for (const w of words) if (/\d{3}/.test(w)) words.delete(w)
  return words
}

let cached: Set<string> | null = null
/** Lower-case words a shared free text may use. */
export function safeWords(): ReadonlySet<string> {
  cached ??= build()
  return cached
}

/** Catalogued vendor error references found in a text (e.g. an AADSTS code). */
export function knownErrorCodes(text: string): string[] {
  const out: string[] = []
  for (const k of KNOWN_ERRORS) {
    const m = k.pattern.exec(text)
    if (m && /^[A-Z]+\d+$|^[a-z]+_[0-9a-f]+$/i.test(m[0]) && m[0].length <= 24) out.push(m[0])
  }
  return out
}

/** Steps that build the vocabulary and compile the catalog's patterns, each small enough for a
 * task of its own: the first share projection otherwise pays them at once (20–40 ms in a
 * browser), so the page runs them while the worker analyzes (issue #14: tasks ≤ 50 ms). */
export const SHARE_WARM_UP: readonly (() => void)[] = [() => void safeWords(), () => void knownErrorCodes('')]
