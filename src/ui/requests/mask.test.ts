// Reveal (issue #12): before it is pressed, the entry view shows no credential-like value and no
// personal claim of a capture with secrets planted everywhere; a mask shows at most 4 characters.
import { describe, expect, it } from 'vitest'
import { readCapture, restoreEntry } from '../../core/ingest/index.ts'
import { decodeToken, parseForm, parseQuery } from '../../core/index.ts'
import { STORIES } from '../../../fixtures/builder/stories.ts'
import { plantEverywhere, plantSet } from '../../../fixtures/builder/plant-secrets.ts'
import { tokensIn } from './entry-view.ts'
import { isSecretName, mask, maskBody, maskClaim, maskUrl, maskValue } from './mask.ts'

/** Everything the entry view renders before Reveal, as EntryDetail and JwtView compose it. */
function shownBeforeReveal(bytes: Uint8Array): string {
  const read = readCapture(bytes, 'x.har')
  if (!read.ok) throw new Error(read.error.message)
  const out: string[] = []
  read.value.rawEntries.forEach((raw, i) => {
    const ex = restoreEntry(raw, i, read.value.attachments)
    out.push(maskUrl(ex.url))
    // As EntryDetail: a JSON body is not read as a form.
    const form = /json/i.test(ex.requestHeaders.find((h) => h.name === 'content-type')?.value ?? '')
      ? []
      : parseForm(ex.requestBody)
    for (const [k, v] of [...parseQuery(ex.url), ...form]) out.push(`${k}=${maskValue(k, v)}`)
    for (const h of [...ex.requestHeaders, ...ex.responseHeaders]) out.push(`${h.name}: ${maskValue(h.name, h.value)}`)
    if (ex.requestBody) out.push(maskBody(ex.requestBody))
    if (ex.responseContent) out.push(maskBody(ex.responseContent))
    for (const t of tokensIn(ex)) {
      const d = decodeToken(t.token)
      if (d.format === 'jwt')
        for (const [k, v] of Object.entries(d.claims)) out.push(`${k}: ${maskClaim(k, JSON.stringify(v))}`)
    }
  })
  return out.join('\n')
}

describe('Reveal masks', () => {
  it('show at most 4 characters, none of a short secret', () => {
    expect(mask('abcdefghijkl')).not.toMatch(/[a-z]/)
    expect(mask('123456789012345')).not.toMatch(/\d/)
    const long = mask('eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiJ4In0.c2lnbmF0dXJl')
    expect(long.replace(/•/g, '').length).toBeLessThanOrEqual(4)
  })

  it('name credential-like fields, not protocol fields', () => {
    for (const n of [
      'client_secret',
      'apiKey',
      'x-api-key',
      'login_hint',
      'id_token_hint',
      'passwd',
      'SAMLResponse',
      'x-amz-security-token',
      'sessionId',
      'otp',
      'state',
      'code',
    ])
      expect(isSecretName(n), n).toBe(true)
    for (const n of [
      'token_endpoint',
      'code_challenge',
      'code_challenge_method',
      'grant_type',
      'redirect_uri',
      'scope',
      'resource',
      'client_id',
      'response_type',
    ])
      expect(isSecretName(n), n).toBe(false)
  })

  it('hide every planted credential and personal claim until Reveal', () => {
    let claimsSeen = 0
    for (const story of STORIES.filter((s) =>
      [
        'copilot-studio-workos-proxy',
        'claude-ai-workos-healthy',
        'inspector-wrapped',
        'refresh-without-resource',
      ].includes(s.id),
    )) {
      const k = plantSet(42)
      const bytes = new TextEncoder().encode(JSON.stringify(plantEverywhere(story.har, k)))
      const shown = shownBeforeReveal(bytes)
      const v = k.values
      const credentials = [5, 6, 7, 8, 9, 10, 13, 14, 16, 17, 19, 20, 21, 22, 23, 27, 28, 29, 30, 33].map((i) => v[i]!)
      for (const s of credentials) expect(shown, `${story.id}: ${s}`).not.toContain(s)
      // Personal claims of decoded tokens (the planted ID token carries sub, name, email).
      const claims = shown.split('\n').filter((l) => /^(sub|email|name): /.test(l))
      claimsSeen += claims.length
      for (const l of claims) expect(l).toMatch(/^\w+: .{0,2}•+.{0,2}$/)
      for (const c of ['ac_CANARY_01JD8QW7ZKX3V5N9M2P4R6T8Y0', 'user_CANARY_01JD8QXK2M', 'canary.user@example.com'])
        expect(shown).not.toContain(c)
    }
    expect(claimsSeen).toBeGreaterThan(3)
  })
})
