// FlowFacts → the report's plain-data flow (PRODUCT.md §9) and its capture notes (§5.10).
import type { Exchange, FlowReport, StepKind, TokenEvidence } from '../types.ts'
import { isObservedToken } from '../oauth/observed-token.ts'
import type { FlowFacts } from '../flow/evidence.ts'
import { advertisedResource, audienceComparison } from '../flow/audience.ts'
import { audienceOf, claimNumber, claimString, tokenClientId } from '../oauth/jwt.ts'
import { byTime } from '../flow/exchange-helpers.ts'
import { sentParameters } from './sent.ts'

function tokens(f: FlowFacts): TokenEvidence[] {
  return f.tokens.map((t) =>
    t.decoded.format === 'jwt'
      ? {
          entry: t.entry,
          format: isObservedToken(t.decoded) ? 'observed' : 'jwt',
          aud: audienceOf(t.decoded.claims),
          iss: claimString(t.decoded.claims, 'iss'),
          exp: claimNumber(t.decoded.claims, 'exp'),
          clientId: tokenClientId(t.decoded.claims),
        }
      : { entry: t.entry, format: t.decoded.format, aud: null, iss: null, exp: null, clientId: null },
  )
}

function steps(f: FlowFacts): FlowReport['steps'] {
  const fl = f.flow
  const list: {
    kind: StepKind
    ex: {
      entry: number
      status: number
      startedMs: number | null
      url: string
      method: string
      carrier: Exchange['carrier']
    }
  }[] = []
  for (const ex of fl.challenges) list.push({ kind: 'mcp-unauthorized', ex })
  for (const ex of fl.prm) list.push({ kind: 'protected-resource-metadata', ex })
  for (const ex of fl.asMetadata) list.push({ kind: 'as-metadata', ex })
  for (const ex of fl.registrations) list.push({ kind: 'registration', ex })
  for (const ex of fl.cimd) list.push({ kind: 'cimd', ex })
  if (fl.authorize) list.push({ kind: 'authorize', ex: fl.authorize })
  for (const ex of fl.tokens) list.push({ kind: 'token', ex })
  for (const ex of fl.refreshes) list.push({ kind: 'refresh', ex })
  for (const ex of fl.mcp) list.push({ kind: 'mcp-request', ex })
  const out: FlowReport['steps'] = list
    .sort((a, b) => byTime(a.ex as never, b.ex as never))
    .map(({ kind, ex }) => ({ kind, entry: ex.entry, status: ex.status }))
  if (fl.callback) {
    const at = out.findIndex((s) => s.kind === 'authorize')
    out.splice(at + 1, 0, {
      kind: 'callback',
      entry: fl.callback.entry,
      ...(fl.callback.ex ? { status: fl.callback.ex.status } : { captured: false }),
    })
  }
  return out
}

export function notCaptured(f: FlowFacts): string[] {
  const notes: string[] = []
  const fl = f.flow
  if (fl.authorize && !fl.challenges.length && !fl.prm.length)
    notes.push('Discovery (the 401 challenge and protected resource metadata) is not in this capture.')
  if (fl.authorize && !fl.callback)
    notes.push(
      'No redirect back to the client (callback) is in the capture: the user may not have finished signing in, or the callback went to an app (custom scheme or a closed loopback port).',
    )
  if (fl.callback && !fl.tokens.length)
    notes.push(
      f.client?.hosted
        ? `The token exchange happens on ${f.client.name}'s servers and never appears in a browser capture: the issued token's aud must come from the MCP server's or authorization server's logs.`
        : 'The token exchange is not in this capture: capture the client with a proxy (mitmproxy, Charles, Fiddler) to see it.',
    )
  if (fl.tokens.length && !fl.mcp.length)
    notes.push('No MCP request after the token is in the capture, so how the MCP server judged the token is not shown.')
  if (!fl.authorize && (fl.challenges.length || fl.prm.length))
    notes.push('The client never reached the authorization request in this capture.')
  return notes
}

export function flowReport(f: FlowFacts): FlowReport {
  return {
    id: f.flow.id,
    mcpServerUrl: f.mcpServerUrl,
    advertisedResource: advertisedResource(f),
    authorizationServer: {
      issuer: typeof f.asMeta?.doc.issuer === 'string' ? f.asMeta.doc.issuer : null,
      vendor: f.vendor?.vendor ?? null,
    },
    client: { clientId: f.clientId, product: f.client?.product ?? null },
    resourceParam: f.resource,
    tokens: tokens(f),
    steps: steps(f),
    revision: f.revision,
    revisionSource: f.revisionSource,
    audience: audienceComparison(f),
    notCaptured: notCaptured(f),
    sent: sentParameters(f),
  }
}
