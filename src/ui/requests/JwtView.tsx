import { decodeToken } from '../../core/index.ts'
import { CLAIM_MEANING, relativeTime, TIME_CLAIMS } from './claims.ts'
import { maskClaim } from './mask.ts'

/** A decoded token: header and claims, each explained. Never says "valid": nothing is verified. */
export function JwtView({ label, token, atMs, highlight, reveal = false }: { label: string; token: string; atMs: number | null; highlight: Set<string>; reveal?: boolean }) {
  const d = decodeToken(token)
  if (d.format === 'opaque') return <p className="jwt"><b>{label}:</b> opaque token — it carries no readable claims.</p>
  const header = d.header
  const claims = d.format === 'jwt' ? d.claims : null
  return (
    <div className="jwt">
      <p><b>{label}</b> — {d.format === 'jwe' ? 'encrypted JWT (JWE): only the header is readable' : 'JWT, decoded (signature not verified)'}</p>
      <table>
        <tbody>
          {Object.entries(header).map(([k, v]) => (
            <tr key={`h-${k}`}><th scope="row">header.{k}</th><td><code>{JSON.stringify(v)}</code></td><td className="muted">{CLAIM_MEANING[k] ?? ''}</td></tr>
          ))}
          {claims && Object.entries(claims).map(([k, v]) => (
            <tr key={k} className={highlight.has(k) ? 'hl' : undefined}>
              <th scope="row">{k}</th>
              <td><code>{TIME_CLAIMS.has(k) && typeof v === 'number' ? relativeTime(v, atMs) : reveal ? JSON.stringify(v) : maskClaim(k, JSON.stringify(v))}</code></td>
              <td className="muted">{CLAIM_MEANING[k] ?? ''}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  )
}
