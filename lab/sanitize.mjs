// After capture: real secrets become canaries (so leak tests can find them), consistently across
// the file, with PKCE pairs kept paired and JWT claims kept readable (only signatures change).
import { createHash } from 'node:crypto'

const CANARY_SIG = 'CANARYsig0aX9kQ2mZ7rT4vB8nL1pW6yH3jD5fG0cS'
// One-time values in URLs: codes, state, and a consent page's handle (workers-oauth-provider).
const ONE_TIME = ['code', 'state', 'handle']

/** A percent-encoded token as sent; `''` (nothing to replace) when it decodes to a placeholder like `[REDACTED]`. */
const safeDecode = (v) => {
  try {
    const decoded = decodeURIComponent(v)
    return /^[A-Za-z0-9._~:-]+$/.test(decoded) ? decoded : ''
  } catch {
    return ''
  }
}

export function sanitizeHar(har) {
  let text = JSON.stringify(har)
  const replace = new Map()
  // Each secret is replaced as written and as form-encoded (`~` travels as %7E in a form body).
  const add = (secret, canary) => {
    if (!secret || secret.length < 8 || replace.has(secret)) return
    replace.set(secret, canary)
    const formEncode = (v) => new URLSearchParams({ v }).toString().slice(2)
    if (formEncode(secret) !== secret) replace.set(formEncode(secret), formEncode(canary))
  }
  let n = 0
  // A JWT keeps its header and claims (only the signature changes); an opaque token becomes a canary.
  const canaryToken = (token) =>
    token.split('.').length === 3 ? token.replace(/\.[^.]+$/, `.${CANARY_SIG}`) : `at_CANARY_${++n}`
  const verifierFor = new Map()
  for (const e of har.log.entries) {
    const auth = e.request.headers.find((h) => h.name.toLowerCase() === 'authorization')?.value
    const bearer = auth && /^Bearer (.+)$/i.exec(auth)?.[1]
    if (bearer) add(bearer, canaryToken(bearer))
    for (const h of [...e.request.headers, ...e.response.headers]) {
      // Cookie values only (`name=value` pairs), not attributes such as `path=/interaction/…`.
      const pairs = /^set-cookie$/i.test(h.name)
        ? h.value.split(/\n/).map((c) => c.split(';')[0])
        : /^cookie$/i.test(h.name)
          ? h.value.split(';')
          : []
      for (const p of pairs) {
        const v = p.slice(p.indexOf('=') + 1).trim()
        if (p.includes('=')) add(v, `CANARY_cookie_${++n}`)
      }
    }
    const url = new URL(e.request.url)
    for (const [k, v] of url.searchParams) if (ONE_TIME.includes(k)) add(v, `ac_CANARY_${k}_${++n}`)
    const loc = e.response.redirectURL
    const back = loc ? new URL(loc, e.request.url).searchParams : []
    for (const [k, v] of back) if (ONE_TIME.includes(k)) add(v, `ac_CANARY_${k}_${++n}`)
    const form = e.request.postData?.mimeType?.includes('x-www-form-urlencoded')
      ? new URLSearchParams(e.request.postData.text)
      : null
    if (form?.get('code_verifier')) {
      const v = form.get('code_verifier')
      const canary = `CANARY-verifier-${String(++n).padStart(4, '0')}-Jq8vN3xL5mP0zR7tY2wK9bF4hD6gS1cA`
      add(v, canary)
      verifierFor.set(
        createHash('sha256').update(v).digest('base64url'),
        createHash('sha256').update(canary).digest('base64url'),
      )
    }
    if (form?.get('refresh_token')) add(form.get('refresh_token'), `rt_CANARY_${++n}`)
    if (form?.get('password')) add(form.get('password'), `CANARY-password-${++n}`)
    if (form?.get('handle')) add(form.get('handle'), `ac_CANARY_handle_${++n}`)
    const body = e.response.content?.text
    if (body?.startsWith('{')) {
      try {
        const j = JSON.parse(body)
        for (const k of ['access_token', 'id_token']) if (typeof j[k] === 'string') add(j[k], canaryToken(j[k]))
        if (typeof j.refresh_token === 'string') add(j.refresh_token, `rt_CANARY_${++n}`)
        // A registration response (RFC 7591/7592) carries credentials of its own.
        if (typeof j.registration_access_token === 'string') add(j.registration_access_token, `at_CANARY_${++n}`)
        if (typeof j.client_secret === 'string') add(j.client_secret, `CANARY-client-secret-${++n}`)
      } catch {
        /* not JSON */
      }
    }
  }
  // Secrets inside proxy envelopes and logs (MCP Inspector's /api/fetch and /api/log carry the
  // token exchange as JSON in a string) are found by shape in the whole text.
  for (const m of text.matchAll(/eyJ[A-Za-z0-9_-]+\.eyJ[A-Za-z0-9_-]+\.([A-Za-z0-9_-]{16,})/g))
    if (m[1] !== CANARY_SIG) add(m[0], m[0].replace(/\.[^.]+$/, `.${CANARY_SIG}`))
  // (Token characters include ':' for workers-oauth-provider's `userId:grantId:secret` tokens.)
  const refreshTokens = text.matchAll(/refresh_token(?:\\*"\s*:\s*\\*"|=)([A-Za-z0-9._~:%-]{8,})/g)
  for (const m of refreshTokens) add(safeDecode(m[1]), `rt_CANARY_${++n}`)
  const accessTokens = text.matchAll(/access_token\\*"\s*:\s*\\*"([A-Za-z0-9._~:-]{8,})/g)
  for (const m of accessTokens) if (!m[1].includes('CANARY')) add(m[1], canaryToken(m[1]))
  for (const m of text.matchAll(/[?&"\\]code=([A-Za-z0-9._~:%-]{8,})/g)) add(safeDecode(m[1]), `ac_CANARY_code_${++n}`)
  for (const m of text.matchAll(/code_verifier=([A-Za-z0-9._~%-]{20,})/g)) {
    const v = decodeURIComponent(m[1])
    if (replace.has(v)) continue
    const canary = `CANARY-verifier-${String(++n).padStart(4, '0')}-Jq8vN3xL5mP0zR7tY2wK9bF4hD6gS1cA`
    add(v, canary)
    verifierFor.set(
      createHash('sha256').update(v).digest('base64url'),
      createHash('sha256').update(canary).digest('base64url'),
    )
  }
  for (const [challenge, next] of verifierFor) add(challenge, next)
  for (const [secret, canary] of [...replace].sort((a, b) => b[0].length - a[0].length))
    text = text.split(secret).join(canary)
  return JSON.parse(text)
}
