// Findings only a probe can make: requests that failed, CORS as a browser sees it, what the AS
// advertises for registration, and — as `unknown` — what only a client capture can show.
import type { Finding, Fix, Party, Revision } from '../types.ts'
import { probeCatalogEntry } from '../rules/probe-catalog.ts'
import { vendorFor } from '../knowledge/authorization-servers.ts'
import { corsProblems } from './cors.ts'
import { asMetadataDoc } from './plan.ts'
import type { ProbeRecord, ProbeStepRecord } from './types.ts'
import { issuedPhrase } from '../knowledge/issued-phrase.ts'

type Made = Omit<Finding, 'flow' | 'fix' | 'party' | 'title' | 'spec'> & { party: Party | null; fix?: Fix[] }

const finding = (m: Made, flow: string | null, rev: Revision): Finding => {
  const { party, fix, ...rest } = m
  const { title, spec } = probeCatalogEntry(m.rule, rev)!
  return { ...rest, title, flow, spec, fix: m.status === 'fail' ? (fix ?? []) : [], ...(party ? { party } : {}) }
}

const MCP_STEPS = new Set(['mcp-2026', 'mcp-initialize'])
const isMcp = (s: ProbeStepRecord) => MCP_STEPS.has(s.request.step)
const sideOf = (step: string): Party =>
  MCP_STEPS.has(step) || step.startsWith('prm-') || step === 'mcp-preflight' ? 'mcp-server' : 'authorization-server'
const contentType = (s: ProbeStepRecord) =>
  (s.response.headers.find((x) => x.name.toLowerCase() === 'content-type')?.value ?? 'no content type').split(';')[0]!

const ANSWER_DIRECTLY =
  'Make the URL answer directly with a small JSON body (no redirect chains, no HTML fallback), ' +
  'reachable from where clients run.'

/** Requests that ended without an answer a client could use: one clear sentence each. */
function failedRequests(record: ProbeRecord, entryOf: number[]): Made[] {
  return record.steps.flatMap((s, i) => {
    const f = s.response.failure
    if (!f) return []
    const party = sideOf(s.request.step)
    return [
      {
        rule: 'probe.request.failed',
        status: 'fail',
        severity: isMcp(s) ? 'error' : 'warning',
        party,
        message: `${s.request.why}: ${f.message}`,
        entries: [entryOf[i]!],
        fix: [{ party, text: ANSWER_DIRECTLY }],
      },
    ]
  })
}

/** The MCP URL answered, but not with the 401 challenge that starts discovery. */
function noChallenge(record: ProbeRecord, entryOf: number[]): Made[] {
  const mcp = record.steps.map((s, i) => ({ s, i })).filter(({ s }) => isMcp(s) && !s.response.failure)
  if (!mcp.length || mcp.some(({ s }) => s.response.status === 401)) return []
  const { s, i } = mcp[mcp.length - 1]!
  const { status } = s.response
  const type = contentType(s)
  const message = /html/i.test(type)
    ? `${s.request.url} answered ${status} with an HTML page, not a 401 challenge: this is a web page, not the MCP ` +
      'endpoint (check the path, often /mcp), or a proxy answers in front of it.'
    : status >= 200 && status < 300
      ? `${s.request.url} answered ${status} to a request without a token: this server does not require OAuth, ` +
        'so clients will not start an authorization flow.'
      : `${s.request.url} answered ${status} (${type}) instead of 401 with a WWW-Authenticate challenge, ` +
        'so clients cannot discover how to authorize.'
  return [
    {
      rule: 'probe.mcp.no-challenge',
      status: 'fail',
      severity: 'error',
      party: 'mcp-server',
      message,
      entries: [entryOf[i]!],
      fix: [
        {
          party: 'mcp-server',
          text: 'Answer unauthenticated MCP requests with 401 and `WWW-Authenticate: Bearer resource_metadata="…"`.',
        },
      ],
    },
  ]
}

const CORS_FIX: Record<'mcp-server' | 'authorization-server', string> = {
  'mcp-server':
    'Answer OPTIONS before authentication with Access-Control-Allow-Origin, -Methods (POST) and -Headers ' +
    '(Authorization, Content-Type, MCP-Protocol-Version), and send Access-Control-Allow-Origin plus ' +
    '`Access-Control-Expose-Headers: WWW-Authenticate` on the 401 and the metadata.',
  'authorization-server':
    'Send Access-Control-Allow-Origin on the metadata, token and registration endpoints ' +
    'and answer their preflights.',
}

function corsBlocked(record: ProbeRecord, entryOf: number[]): Made[] {
  const all = corsProblems(record.steps, record.origin, (i) => entryOf[i]!)
  return (['mcp-server', 'authorization-server'] as const).flatMap((side) => {
    const mine = all.filter((c) => c.side === side)
    if (!mine.length) return []
    const sentences = [...new Set(mine.map((c) => c.sentence))].join('; ')
    return [
      {
        rule: 'discovery.cors.blocked',
        status: 'fail',
        severity: 'warning',
        party: side,
        message:
          `For a browser-based client at ${record.origin} (e.g. MCP Inspector's web UI): ${sentences}. ` +
          'Desktop and server-side clients are not affected.',
        entries: mine.map((c) => c.entry),
        fix: [{ party: side, text: CORS_FIX[side] }],
      },
    ]
  })
}

function legacyDiscovery(record: ProbeRecord, entryOf: number[]): Made[] {
  const i = record.steps.findIndex((s) => s.request.step === 'legacy-as-metadata' && s.response.status === 200)
  if (i < 0) return []
  return [
    {
      rule: 'probe.legacy-discovery',
      status: 'fail',
      severity: 'warning',
      party: 'mcp-server',
      message:
        'No protected resource metadata answered, but authorization server metadata is served at the MCP ' +
        `server's own origin (entry ${entryOf[i]}): only clients built for 2025-03-26 find it; 2025-06-18 and later ` +
        'clients need PRM.',
      entries: [entryOf[i]!],
      fix: [
        {
          party: 'mcp-server',
          text:
            'Serve protected resource metadata (resource = the MCP URL, authorization_servers = [the issuer]) and ' +
            'point to it from the 401 challenge; keep the old metadata for 2025-03-26 clients.',
        },
      ],
    },
  ]
}

function registration(record: ProbeRecord, entryOf: number[]): Made[] {
  const doc = asMetadataDoc(record.steps)
  const i = record.steps.findIndex((s) => s.request.step.endsWith('as-metadata') && s.response.status === 200)
  if (!doc || i < 0) return []
  const dcr = typeof doc.registration_endpoint === 'string' ? doc.registration_endpoint : null
  const cimd = doc.client_id_metadata_document_supported === true
  const base = { party: 'authorization-server' as const, entries: [entryOf[i]!] }
  if (!dcr && !cimd) {
    return [
      {
        ...base,
        rule: 'probe.registration.none',
        status: 'fail',
        severity: 'warning',
        message:
          'The AS metadata advertises neither a registration_endpoint (DCR) nor ' +
          'client_id_metadata_document_supported (CIMD): only clients pre-registered with this AS can connect; ' +
          'Claude, ChatGPT, VS Code and Cursor expect one of the two.',
        fix: [
          {
            party: 'authorization-server',
            text:
              'Enable CIMD (advertise `client_id_metadata_document_supported: true`) or dynamic client registration, ' +
              'or document the client id users must enter.',
          },
        ],
      },
    ]
  }
  const what = [dcr ? `DCR at ${dcr}` : '', cimd ? 'CIMD (client_id_metadata_document_supported)' : '']
    .filter(Boolean)
    .join(' and ')
  const registered = record.steps.some((s) => s.request.step === 'registration')
  return [
    {
      ...base,
      rule: 'probe.registration.advertised',
      status: 'pass',
      severity: 'info',
      message: `The AS advertises ${what}${registered ? '' : '; no client was registered (pass --register to try DCR)'}.`,
    },
  ]
}

/** What discovery cannot show, said as `unknown` with what to capture instead. */
function onlyACaptureShows(record: ProbeRecord): Made[] {
  if (!record.steps.some((s) => isMcp(s) && s.response.status === 401)) return []
  const doc = asMetadataDoc(record.steps)
  const str = (v: unknown) => (typeof v === 'string' ? v : null)
  const vendor = vendorFor(str(doc?.issuer), str(doc?.authorization_endpoint))
  const known = vendor
    ? `; ${vendor.name} issues ${vendor.expectedAud}, and without \`resource\` it issues ${issuedPhrase(vendor.withoutResource)}`
    : ''
  return [
    {
      rule: 'probe.resource.unknown',
      status: 'unknown',
      severity: 'warning',
      party: 'authorization-server',
      entries: [],
      message:
        "Public discovery cannot show whether the AS honours `resource` (RFC 8707) and puts this server's URL in " +
        `\`aud\`${known}. Capture a client's token request and response, or paste the server's "audience mismatch" ` +
        'log line.',
    },
    {
      rule: 'probe.client-side.unknown',
      status: 'unknown',
      severity: 'warning',
      party: 'client',
      entries: [],
      message:
        'A probe sees the server side only. Whether the client reads the challenge, which metadata it fetches, ' +
        'whether it sends `resource` at authorize and token, its redirect_uri, and how the server answers its token ' +
        "show only in a capture of that client (DevTools → Network → Export HAR, or the client's log).",
    },
  ]
}

export function probeFindings(
  record: ProbeRecord,
  entryOfStep: number[],
  flow: string | null,
  rev: Revision,
): Finding[] {
  return [
    ...failedRequests(record, entryOfStep),
    ...noChallenge(record, entryOfStep),
    ...corsBlocked(record, entryOfStep),
    ...legacyDiscovery(record, entryOfStep),
    ...registration(record, entryOfStep),
    ...onlyACaptureShows(record),
  ].map((m) => finding(m, flow, rev))
}
