// Findings only a probe can make: requests that failed, CORS as a browser sees it, what the AS
// advertises for registration, and — as `unknown` — what only a client capture can show.
import type { Finding, Party, SpecRef } from '../types.ts'
import { rfc, mcpAuth, FETCH_CORS, oauth21 } from '../rules/spec-refs.ts'
import { vendorFor } from '../knowledge/authorization-servers.ts'
import type { Revision } from '../types.ts'
import { corsProblems } from './cors.ts'
import { asMetadataDoc } from './plan.ts'
import type { ProbeRecord } from './types.ts'

interface Made { rule: string; status: Finding['status']; severity: Finding['severity']; party: Party | null; title: string; message: string; entries: number[]; spec: SpecRef[]; fix?: Finding['fix'] }

const finding = (m: Made, flow: string | null): Finding => ({
  rule: m.rule, status: m.status, severity: m.severity, flow, title: m.title, message: m.message,
  entries: m.entries, spec: m.spec, fix: m.status === 'fail' ? (m.fix ?? []) : [], ...(m.party ? { party: m.party } : {}),
})

const MCP_STEPS = new Set(['mcp-2026', 'mcp-initialize'])
const sideOf = (step: string): Party => (MCP_STEPS.has(step) || step.startsWith('prm-') || step === 'mcp-preflight' ? 'mcp-server' : 'authorization-server')

export function probeFindings(record: ProbeRecord, entryOfStep: number[], flow: string | null, rev: Revision): Finding[] {
  const out: Made[] = []
  // Requests that ended without an answer a client could use: one clear sentence each.
  record.steps.forEach((s, i) => {
    const f = s.response.failure
    if (!f) return
    const mcp = MCP_STEPS.has(s.request.step)
    out.push({ rule: 'probe.request.failed', status: 'fail', severity: mcp ? 'error' : 'warning', party: sideOf(s.request.step), title: 'A probe request got no usable answer', message: `${s.request.why}: ${f.message}`, entries: [entryOfStep[i]!], spec: [rfc(9110, '15')], fix: [{ party: sideOf(s.request.step), text: 'Make the URL answer directly with a small JSON body (no redirect chains, no HTML fallback) and reachable from where clients run.' }] })
  })
  const mcp = record.steps.map((s, i) => ({ s, i })).filter(({ s }) => MCP_STEPS.has(s.request.step) && !s.response.failure)
  if (mcp.length && !mcp.some(({ s }) => s.response.status === 401)) {
    const { s, i } = mcp[mcp.length - 1]!
    const type = (s.response.headers.find((x) => x.name.toLowerCase() === 'content-type')?.value ?? 'no content type').split(';')[0]
    const html = /html/i.test(type ?? '')
    out.push({
      rule: 'probe.mcp.no-challenge', status: 'fail', severity: 'error', party: 'mcp-server', title: 'The MCP URL does not ask for authorization',
      message: html
        ? `${s.request.url} answered ${s.response.status} with an HTML page, not a 401 challenge: this is a web page, not the MCP endpoint (check the path, often /mcp), or a proxy answers in front of it.`
        : s.response.status >= 200 && s.response.status < 300
          ? `${s.request.url} answered ${s.response.status} to a request without a token: this server does not require OAuth, so clients will not start an authorization flow.`
          : `${s.request.url} answered ${s.response.status} (${type}) instead of 401 with a WWW-Authenticate challenge, so clients cannot discover how to authorize.`,
      entries: [entryOfStep[i]!], spec: [mcpAuth(rev, 'Authorization Server Location'), rfc(9728, '5.1')],
      fix: [{ party: 'mcp-server', text: 'Answer unauthenticated MCP requests with 401 and `WWW-Authenticate: Bearer resource_metadata="…"`.' }],
    })
  }
  const cors = corsProblems(record.steps, record.origin, (i) => entryOfStep[i]!)
  for (const side of ['mcp-server', 'authorization-server'] as const) {
    const mine = cors.filter((c) => c.side === side)
    if (!mine.length) continue
    out.push({
      rule: 'discovery.cors.blocked', status: 'fail', severity: 'warning', party: side, title: 'Browser-based clients are blocked by CORS',
      message: `For a browser-based client at ${record.origin} (e.g. MCP Inspector's web UI): ${[...new Set(mine.map((c) => c.sentence))].join('; ')}. Desktop and server-side clients are not affected.`,
      entries: mine.map((c) => c.entry), spec: [FETCH_CORS, oauth21('3.2')],
      fix: [{ party: side, text: side === 'mcp-server' ? 'Answer OPTIONS before authentication with Access-Control-Allow-Origin, -Methods (POST) and -Headers (Authorization, Content-Type, MCP-Protocol-Version), and send Access-Control-Allow-Origin plus `Access-Control-Expose-Headers: WWW-Authenticate` on the 401 and the metadata.' : 'Send Access-Control-Allow-Origin on the metadata, token and registration endpoints and answer their preflights.' }],
    })
  }
  const doc = asMetadataDoc(record.steps)
  const legacy = record.steps.findIndex((s) => s.request.step === 'legacy-as-metadata' && s.response.status === 200)
  if (legacy >= 0) out.push({ rule: 'probe.legacy-discovery', status: 'fail', severity: 'warning', party: 'mcp-server', title: 'Discovery in the 2025-03-26 style', message: `No protected resource metadata answered, but authorization server metadata is served at the MCP server's own origin (entry ${entryOfStep[legacy]}): only clients built for 2025-03-26 find it; 2025-06-18 and later clients need PRM.`, entries: [entryOfStep[legacy]!], spec: [mcpAuth(rev, 'Authorization Server Location'), rfc(9728, '3')], fix: [{ party: 'mcp-server', text: 'Serve protected resource metadata (resource = the MCP URL, authorization_servers = [the issuer]) and point to it from the 401 challenge; keep the old metadata for 2025-03-26 clients.' }] })
  const asEntry = record.steps.findIndex((s) => (s.request.step === 'as-metadata' || s.request.step === 'legacy-as-metadata') && s.response.status === 200)
  if (doc && asEntry >= 0) {
    const at = [entryOfStep[asEntry]!]
    const dcr = typeof doc.registration_endpoint === 'string' ? doc.registration_endpoint : null
    const cimd = doc.client_id_metadata_document_supported === true
    const spec = [mcpAuth(rev, rev >= '2025-11-25' ? 'Client ID Metadata Documents' : 'Dynamic Client Registration'), rfc(7591, '3')]
    if (!dcr && !cimd) out.push({ rule: 'probe.registration.none', status: 'fail', severity: 'warning', party: 'authorization-server', title: 'No way for a new client to register', message: 'The AS metadata advertises neither a registration_endpoint (DCR) nor client_id_metadata_document_supported (CIMD): only clients pre-registered with this AS can connect; Claude, ChatGPT, VS Code and Cursor expect one of the two.', entries: at, spec, fix: [{ party: 'authorization-server', text: 'Enable CIMD (advertise `client_id_metadata_document_supported: true`) or dynamic client registration, or document the client id users must enter.' }] })
    else out.push({ rule: 'probe.registration.advertised', status: 'pass', severity: 'info', party: 'authorization-server', title: 'Client registration advertised', message: `The AS advertises ${[dcr ? `DCR at ${dcr}` : '', cimd ? 'CIMD (client_id_metadata_document_supported)' : ''].filter(Boolean).join(' and ')}${record.steps.some((s) => s.request.step === 'registration') ? '' : '; no client was registered (pass --register to try DCR)'}.`, entries: at, spec })
  }
  if (record.steps.some((s) => MCP_STEPS.has(s.request.step) && s.response.status === 401)) {
    const issuer = typeof doc?.issuer === 'string' ? doc.issuer : null
    const vendor = vendorFor(issuer, typeof doc?.authorization_endpoint === 'string' ? doc.authorization_endpoint : null)
    out.push({ rule: 'probe.resource.unknown', status: 'unknown', severity: 'warning', party: 'authorization-server', title: 'Whether the AS binds tokens to this server', message: `Public discovery cannot show whether the AS honours \`resource\` (RFC 8707) and puts this server's URL in \`aud\`${vendor ? `; ${vendor.name} issues ${vendor.expectedAud}, and without \`resource\` ${vendor.withoutResource}` : ''}. Capture a client's token request and response, or paste the server's "audience mismatch" log line.`, entries: [], spec: [rfc(8707, '2'), mcpAuth(rev, 'Token Audience Binding and Validation')] })
    out.push({ rule: 'probe.client-side.unknown', status: 'unknown', severity: 'warning', party: 'client', title: 'What only a client capture can show', message: 'A probe sees the server side only. Whether the client reads the challenge, which metadata it fetches, whether it sends `resource` at authorize and token, its redirect_uri, and how the server answers its token show only in a capture of that client (DevTools → Network → Export HAR, or the client\'s log).', entries: [], spec: [mcpAuth(rev, 'Authorization Flow Steps')] })
  }
  return out.map((m) => finding(m, flow))
}
