// Plain-data types shared by the core, the worker, the UI and the CLI.
// Everything here is JSON-safe and structured-clone-safe: no classes, Map, URL or Date.

export type Result<T, E = IngestError> = { ok: true; value: T } | { ok: false; error: E }

export type IngestErrorCode =
  'empty' | 'invalid-json' | 'truncated' | 'not-har' | 'foreign-format' | 'decompress-failed' | 'zip-without-har'

/** A problem with the input, said in words a user can act on ("what and where"). */
export interface IngestError {
  code: IngestErrorCode
  message: string
  /** 1-based position in the decoded text, when the problem has one. */
  line?: number
  column?: number
  /** The entry (0-based position in `log.entries`) the problem is in, when it is one entry. */
  entry?: number
}

/** Read-only: consecutive exchanges with the same header share one object (see restoreHeaders). */
export interface Header {
  /** Lower-cased: HTTP/2 exports are lower-case, HTTP/1.1 ones are not (har-format.md §1.3). */
  readonly name: string
  readonly value: string
}

/** One HTTP exchange, normalized from whatever the exporter wrote. */
export interface Exchange {
  /** 0-based position in the original `log.entries`; the same number everywhere. */
  entry: number
  /** Set when the exchange was unwrapped from a proxy envelope (MCP Inspector `/api/fetch`). */
  carrier: 'inspector-proxy' | 'text' | null
  /** Set on exchanges rebuilt from pasted text: which side the text does not show. */
  missing?: 'request' | 'response'
  startedMs: number | null
  method: string
  url: string
  status: number
  requestHeaders: Header[]
  responseHeaders: Header[]
  /** Raw request body text (form or JSON), never pre-decoded params. */
  requestBody: string | null
  responseMimeType: string
  /** Raw `content.text`; see `responseText()` for base64 handling. */
  responseContent: string | null
  responseEncoding: string | null
  /** Body size when the body itself was not kept (streaming reader, large static assets). */
  responseSize?: number
  /** HAR `time`: how long the exchange took, in ms, when the exporter recorded it. */
  durationMs?: number
  /** HAR `timings` phases in ms (blocked, dns, connect, ssl, send, wait, receive); -1 and absent dropped. */
  timings?: Partial<Record<TimingPhase, number>>
  redirectURL: string | null
  resourceType: string | null
  error: string | null
}

/** The phases of HAR 1.2 `timings` (§ timings: `ssl` is part of `connect`). */
export type TimingPhase = 'blocked' | 'dns' | 'connect' | 'ssl' | 'send' | 'wait' | 'receive'

export interface CaptureMeta {
  name: string
  bytes: number
  exporter: string | null
  creator: string | null
  entries: number
  warnings: string[]
}

export type Revision = '2025-03-26' | '2025-06-18' | '2025-11-25' | '2026-07-28'

export type Party = 'client' | 'mcp-server' | 'authorization-server'
export type Status = 'fail' | 'unknown' | 'pass'
export type Severity = 'error' | 'warning' | 'info'
export type Confidence = 'certain' | 'likely' | 'possible'

export interface SpecRef {
  doc: string
  section: string
  url: string
}

export interface Fix {
  party: Party
  text: string
}

export interface Finding {
  rule: string
  status: Status
  severity: Severity
  flow: string | null
  title: string
  message: string
  entries: number[]
  spec: SpecRef[]
  fix: Fix[]
  /** Conformance-suite check IDs for the same thing. */
  aliases?: string[]
  /** The rule ID of the earlier failure this one follows from. */
  consequenceOf?: string
  /** Who must act on this finding. */
  party?: Party
  /** The OAuth error code of an observed refusal, when there is one. */
  code?: string
}

export type ResourceParam = { state: 'present'; value: string } | { state: 'absent' } | { state: 'not-captured' }

export interface TokenEvidence {
  entry: number
  format: 'jwt' | 'jwe' | 'opaque' | 'observed'
  aud: string | string[] | null
  iss: string | null
  exp: number | null
  clientId: string | null
}

export interface FlowReport {
  id: string
  mcpServerUrl: string | null
  advertisedResource: string | null
  authorizationServer: { issuer: string | null; vendor: string | null }
  client: { clientId: string | null; product: string | null }
  resourceParam: { authorize: ResourceParam; token: ResourceParam; refresh: ResourceParam }
  tokens: TokenEvidence[]
  steps: { kind: StepKind; entry: number; status?: number; captured?: boolean }[]
  revision: Revision
  revisionSource: string
  audience: AudienceComparison
  notCaptured: string[]
  /** What the client sent and got, for comparing two captures (null: not in the capture). */
  sent?: SentParameters
}

export interface SentParameters {
  scope: string | null
  redirectUri: string | null
  registration: 'dcr' | 'cimd' | 'not-captured'
  tokenAuthMethod: string | null
  pkceMethod: string | null
  mcpAnswer: string | null
}

export type StepKind =
  | 'mcp-unauthorized'
  | 'protected-resource-metadata'
  | 'as-metadata'
  | 'registration'
  | 'cimd'
  | 'authorize'
  | 'callback'
  | 'token'
  | 'refresh'
  | 'mcp-request'

export interface AudienceValue {
  label: string
  value: string | string[] | null
  state: 'present' | 'absent' | 'not-captured'
  entry: number | null
  /** How it compares with the advertised resource (or the MCP URL when none was advertised). */
  match: NearMiss | null
}

export type NearMiss =
  | 'exact'
  | 'trailing-slash'
  | 'case'
  | 'default-port'
  | 'percent-encoding'
  | 'path-prefix'
  | 'origin-only'
  | 'scheme'
  | 'other-host'
  | 'client-id'
  | 'array-contains'
  | 'vendor-mapping'
  | 'different'

export interface AudienceComparison {
  reference: string | null
  values: AudienceValue[]
  vendorExpectation: string | null
}

/** What happened, before why (PRODUCT §5.7): decided from the MCP server's answers to requests carrying the token. */
export type Outcome = 'connected' | 'failed' | 'incomplete' | 'no-flow'

export interface Verdict {
  outcome: Outcome
  summary: string
  rootCause: string | null
  party: Party | null
  confidence: Confidence
}

export interface Report {
  schema: 'mcp-oauth-har/report@1'
  tool: { name: string; version: string }
  input: {
    kind: 'har' | 'text' | 'probe'
    name: string
    bytes: number
    exporter: string | null
    entries: number
    sanitized: boolean
    warnings: string[]
    error: IngestError | null
  }
  verdict: Verdict
  flows: FlowReport[]
  findings: Finding[]
  completeness: string[]
  /** Pasted text only: the facts the text states, each with its span in the text. */
  claims?: TextClaim[]
}

/** One fact read from pasted text (`entry` is what findings cite); `start`–`end` is its span. */
export interface TextClaim {
  entry: number
  kind: string
  label: string
  start: number
  end: number
  step: string | null
  /** False for suggestions, expectations, examples and placeholders. */
  observed: boolean
}
