import { decodeToken } from '../../core/index.ts'
import { CopyButton } from '../common/CopyButton.tsx'
import { CLAIM_MEANING, relativeTime, TIME_CLAIMS } from './claims.ts'
import { isPlainClaim, mask, maskClaim } from './mask.ts'
import type { EntryExpectations } from './expectations.ts'

const asList = (v: unknown) => (Array.isArray(v) ? v.map(String) : typeof v === 'string' ? [v] : [])

/** The aud row's verdict: does the token name the resource the server advertised? */
function AudCheck({ value, expected, note }: { value: unknown; expected: string | undefined; note: string | null }) {
  if (!expected) return null
  const ok = asList(value).includes(expected)
  return (
    <>
      <div className={ok ? 'expected ok' : 'expected'}>
        {ok ? '✓ names the resource' : '✗ should be'} <code>{expected}</code>
      </div>
      {!ok && note && <div className="muted">This server: {note}</div>}
    </>
  )
}

/** The claims as JSON; before Reveal, personal claims are masked here too. */
const claimsJson = (claims: Record<string, unknown>, reveal: boolean) =>
  JSON.stringify(
    reveal
      ? claims
      : Object.fromEntries(Object.entries(claims).map(([k, v]) => [k, isPlainClaim(k) ? v : mask(JSON.stringify(v))])),
    null,
    2,
  )

interface Props {
  label: string
  token: string
  atMs: number | null
  hints: EntryExpectations
  reveal: boolean
}

/** A JWT like jwt.io shows it: the three parts in colour, the header and each claim explained,
 * times relative to the request. Decoded only: nothing here verifies a signature. */
export function JwtView({ label, token, atMs, hints, reveal }: Props) {
  const d = decodeToken(token)
  if (d.format === 'opaque') {
    return (
      <p className="jwt">
        <b>{label}:</b> opaque token — it carries no readable claims; only the authorization server can say what it
        means.
      </p>
    )
  }
  const [h = '', p = '', s = ''] = token.split('.')
  const claims = d.format === 'jwt' ? d.claims : null
  const kind = d.format === 'jwe' ? 'encrypted (JWE): only the header is readable' : 'decoded, signature not verified'
  return (
    <div className="jwt">
      <h4>
        {label} <span className="muted">— {kind}</span>
      </h4>
      <p className="jwt-encoded" aria-label="Encoded token: header, payload and signature">
        <code>
          <span className="jwt-h">{h}</span>.
          <span className="jwt-p">{d.format === 'jwe' || !reveal ? mask(p) : p}</span>.
          <span className="jwt-s">{reveal ? s : mask(s)}</span>
        </code>
      </p>
      <p className="jwt-legend muted">
        <span className="jwt-h">header</span> · <span className="jwt-p">payload</span> ·{' '}
        <span className="jwt-s">signature</span>
        {reveal ? '' : ' (payload and signature masked until Reveal)'}
      </p>
      <div className="jwt-actions">
        {reveal && <CopyButton text={token} what={`the ${label}`} label="Copy token" />}
        {claims && <CopyButton text={claimsJson(claims, reveal)} what={`of the ${label}`} label="Copy claims" />}
      </div>
      <table className="claims">
        <caption className="jwt-h">Header</caption>
        <tbody>
          {Object.entries(d.header).map(([k, v]) => (
            <tr key={k}>
              <th scope="row">{k}</th>
              <td>
                <code className="value">{JSON.stringify(v)}</code>
              </td>
              <td className="meaning">{CLAIM_MEANING[k] ?? ''}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {claims && (
        <table className="claims">
          <caption className="jwt-p">Payload</caption>
          <tbody>
            {Object.entries(claims).map(([k, v]) => (
              <tr key={k} className={hints.fields.has(k) ? 'hl' : undefined}>
                <th scope="row">{k}</th>
                <td>
                  <code className="value">{reveal ? JSON.stringify(v) : maskClaim(k, JSON.stringify(v))}</code>
                  {TIME_CLAIMS.has(k) && typeof v === 'number' && <div className="muted">{relativeTime(v, atMs)}</div>}
                  {k === 'aud' && <AudCheck value={v} expected={hints.expected.get('aud')} note={hints.vendorNote} />}
                </td>
                <td className="meaning">{CLAIM_MEANING[k] ?? ''}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </div>
  )
}
