// Untrusted JSON from a link → SharedReport. Copies only known fields, checks every type and
// enum, caps string and array sizes, ignores unknown fields. Returns the first problem in words.
import type { Result, Revision } from '../types.ts'
import { compareUris } from '../oauth/uri-compare.ts'
import { catalogRule, unknownRuleTitle } from './catalog.ts'
import { arr, bool, Invalid, num, numOrNull, obj, oneOf, oneOfOrNull, str, strOrNull } from './restore-checks.ts'
import { LATEST, REVISIONS } from '../flow/revision.ts'
import type { SharedFlow, SharedReport } from './shared-report.ts'

const PARTIES = ['client', 'mcp-server', 'authorization-server'] as const
const STATUSES = ['fail', 'unknown', 'pass'] as const
const SEVERITIES = ['error', 'warning', 'info'] as const
const CONFIDENCES = ['certain', 'likely', 'possible'] as const
const OUTCOMES = ['connected', 'failed', 'incomplete', 'no-flow'] as const
const STEP_KINDS = [
  'mcp-unauthorized',
  'protected-resource-metadata',
  'as-metadata',
  'registration',
  'cimd',
  'authorize',
  'callback',
  'token',
  'refresh',
  'mcp-request',
] as const
const RP_STATES = ['present', 'absent', 'not-captured'] as const
const TOKEN_FORMATS = ['jwt', 'jwe', 'opaque', 'observed'] as const
const MATCHES = [
  'exact',
  'trailing-slash',
  'case',
  'default-port',
  'percent-encoding',
  'path-prefix',
  'origin-only',
  'scheme',
  'other-host',
  'client-id',
  'array-contains',
  'vendor-mapping',
  'different',
] as const

const audOf = (v: unknown, at: string) =>
  v === null || v === undefined ? null : Array.isArray(v) ? arr(v, at).map((x, i) => str(x, `${at}[${i}]`)) : str(v, at)

function resourceParam(v: unknown, at: string): SharedFlow['resourceParam']['authorize'] {
  const o = obj(v, at)
  const state = oneOf(o.state, RP_STATES, `${at}.state`)
  return state === 'present' ? { state, value: str(o.value, `${at}.value`) } : { state }
}

/** A link may claim "exact" for two hosts that only look alike: equality is re-checked here. */
function checkedMatch(
  reference: string | null,
  value: string | string[] | null,
  claimed: (typeof MATCHES)[number] | null,
): (typeof MATCHES)[number] | null {
  if (reference === null || value === null || (claimed !== 'exact' && claimed !== 'array-contains')) return claimed
  if (Array.isArray(value)) return value.includes(reference) ? claimed : 'different'
  return value === reference ? claimed : compareUris(reference, value)
}

function flow(v: unknown, i: number): SharedFlow {
  const at = `flows[${i}]`
  const f = obj(v, at)
  const as = obj(f.authorizationServer, `${at}.authorizationServer`)
  const client = obj(f.client, `${at}.client`)
  const rp = obj(f.resourceParam, `${at}.resourceParam`)
  const audience = obj(f.audience, `${at}.audience`)
  const reference = strOrNull(audience.reference, 'reference')
  return {
    id: str(f.id, `${at}.id`),
    mcpServerUrl: strOrNull(f.mcpServerUrl, `${at}.mcpServerUrl`),
    advertisedResource: strOrNull(f.advertisedResource, `${at}.advertisedResource`),
    authorizationServer: { issuer: strOrNull(as.issuer, `${at}.issuer`), vendor: strOrNull(as.vendor, `${at}.vendor`) },
    client: {
      clientId: strOrNull(client.clientId, `${at}.clientId`),
      product: strOrNull(client.product, `${at}.product`),
    },
    resourceParam: {
      authorize: resourceParam(rp.authorize, `${at}.authorize`),
      token: resourceParam(rp.token, `${at}.token`),
      refresh: resourceParam(rp.refresh, `${at}.refresh`),
    },
    tokens: arr(f.tokens ?? [], `${at}.tokens`).map((t, j) => {
      const o = obj(t, `${at}.tokens[${j}]`)
      return {
        entry: num(o.entry, 'entry'),
        format: oneOf(o.format, TOKEN_FORMATS, 'format'),
        aud: audOf(o.aud, 'aud'),
        iss: strOrNull(o.iss, 'iss'),
        exp: numOrNull(o.exp, 'exp'),
        clientId: strOrNull(o.clientId, 'clientId'),
      }
    }),
    steps: arr(f.steps ?? [], `${at}.steps`).map((s, j) => {
      const o = obj(s, `${at}.steps[${j}]`)
      return {
        kind: oneOf(o.kind, STEP_KINDS, 'step kind'),
        entry: num(o.entry, 'entry'),
        ...(o.status !== undefined ? { status: num(o.status, 'status') } : {}),
        ...(o.captured !== undefined ? { captured: bool(o.captured, 'captured') } : {}),
      }
    }),
    revision: oneOf(f.revision, REVISIONS, `${at}.revision`),
    audience: {
      reference,
      vendorExpectation: strOrNull(audience.vendorExpectation, 'vendorExpectation'),
      values: arr(audience.values ?? [], 'audience.values').map((x, j) => {
        const o = obj(x, `audience.values[${j}]`)
        const value = audOf(o.value, 'value')
        return {
          label: str(o.label, 'label'),
          value,
          state: oneOf(o.state, RP_STATES, 'state'),
          entry: numOrNull(o.entry, 'entry'),
          match: checkedMatch(reference, value, oneOfOrNull(o.match, MATCHES, 'match')),
        }
      }),
    },
    notCaptured: arr(f.notCaptured ?? [], `${at}.notCaptured`).map((s, j) => str(s, `${at}.notCaptured[${j}]`)),
  }
}

function finding(
  v: unknown,
  i: number,
  revisionOf: (flow: string | null) => Revision,
): SharedReport['findings'][number] {
  const at = `findings[${i}]`
  const f = obj(v, at)
  const rule = str(f.rule, `${at}.rule`)
  const flowId = strOrNull(f.flow, `${at}.flow`)
  const status = oneOf(f.status, STATUSES, `${at}.status`)
  // Title, spec links and fix come from this app's catalog, never from the link (PRODUCT.md §7).
  const catalog = catalogRule(rule, revisionOf(flowId))
  return {
    rule,
    status,
    severity: oneOf(f.severity, SEVERITIES, `${at}.severity`),
    flow: flowId,
    title: catalog?.title ?? unknownRuleTitle(rule),
    message: str(f.message, `${at}.message`),
    entries: arr(f.entries ?? [], `${at}.entries`).map((e) => num(e, 'entry')),
    spec: catalog?.spec ?? [],
    fix: status === 'fail' && !f.consequenceOf ? (catalog?.fix ?? []) : [],
    ...(catalog?.aliases ? { aliases: catalog.aliases } : {}),
    ...(f.consequenceOf !== undefined ? { consequenceOf: str(f.consequenceOf, 'consequenceOf') } : {}),
    ...(f.party !== undefined ? { party: oneOf(f.party, PARTIES, 'party') } : {}),
  }
}

export function restoreSharedReport(v: unknown): Result<SharedReport, string> {
  try {
    const r = obj(v, 'the report')
    if (r.schema !== 'mcp-oauth-har/shared-report@1')
      throw new Invalid('its schema is not mcp-oauth-har/shared-report@1')
    const tool = obj(r.tool, 'tool')
    const input = obj(r.input, 'input')
    const verdict = obj(r.verdict, 'verdict')
    const flows = arr(r.flows, 'flows').map(flow)
    return {
      ok: true,
      value: {
        schema: 'mcp-oauth-har/shared-report@1',
        v: 1,
        tool: { name: str(tool.name, 'tool.name'), version: str(tool.version, 'tool.version') },
        input: {
          kind: oneOf(input.kind, ['har', 'text', 'probe'] as const, 'input.kind'),
          exporter: strOrNull(input.exporter, 'input.exporter'),
          entries: num(input.entries, 'input.entries'),
          sanitized: bool(input.sanitized, 'input.sanitized'),
          hostsHidden: input.hostsHidden === true,
        },
        verdict: {
          outcome: oneOf(verdict.outcome, OUTCOMES, 'verdict.outcome'),
          summary: str(verdict.summary, 'verdict.summary'),
          rootCause: strOrNull(verdict.rootCause, 'verdict.rootCause'),
          party: oneOfOrNull(verdict.party, PARTIES, 'verdict.party'),
          confidence: oneOf(verdict.confidence, CONFIDENCES, 'verdict.confidence'),
        },
        flows,
        findings: arr(r.findings, 'findings').map((x, i) =>
          finding(x, i, (id) => flows.find((f) => f.id === id)?.revision ?? flows[0]?.revision ?? LATEST),
        ),
        completeness: arr(r.completeness ?? [], 'completeness').map((s, i) => str(s, `completeness[${i}]`)),
      },
    }
  } catch (e) {
    if (e instanceof Invalid) return { ok: false, error: e.message }
    return { ok: false, error: 'its content could not be read' }
  }
}
