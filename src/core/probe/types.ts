// The probe as plain data: what to ask a server, and what came back. The Node side performs the
// requests; everything that decides what to ask and how to read the answers stays in the core.
import type { Header } from '../types.ts'

export type ProbeStep =
  | 'mcp-2026'
  | 'mcp-initialize'
  | 'mcp-preflight'
  | 'prm-pointer'
  | 'prm-path'
  | 'prm-root'
  | 'as-metadata'
  | 'legacy-as-metadata'
  | 'token-preflight'
  | 'registration-preflight'
  | 'registration'

export interface ProbeRequest {
  step: ProbeStep
  method: 'GET' | 'POST' | 'OPTIONS'
  url: string
  headers: Header[]
  body: string | null
  /** One short clause for the per-request line ("the path-inserted PRM URL, RFC 9728 §3.1"). */
  why: string
}

export type ProbeFailureKind =
  | 'unreachable'
  | 'timeout'
  | 'redirect-loop'
  | 'too-many-redirects'
  | 'redirect-refused'
  | 'too-large'
  | 'invalid-url'
  | 'private-address'

export interface ProbeFailure {
  kind: ProbeFailureKind
  message: string
}

/** One HTTP response on the way: a redirect hop or the final answer. */
export interface ProbeHop {
  url: string
  method: string
  status: number
  headers: Header[]
}

export interface ProbeResponse {
  /** Redirect hops followed before the final answer (each becomes its own exchange). */
  hops: ProbeHop[]
  /** The final URL asked; equals the request URL when nothing redirected. */
  url: string
  status: number
  headers: Header[]
  body: string | null
  /** Bytes read from the body (at most the cap). */
  bytes: number
  startedMs: number
  durationMs: number
  failure: ProbeFailure | null
}

export interface ProbeStepRecord {
  request: ProbeRequest
  response: ProbeResponse
}

/** Everything one probe saw, JSON-safe: the CLI can save it, the app can read it back. */
export interface ProbeRecord {
  schema: 'mcp-oauth-har/probe@1'
  target: string
  /** The Origin sent, as a browser-based client would send it. */
  origin: string
  steps: ProbeStepRecord[]
  /** Requests the plan wanted but the request budget did not allow. */
  skipped: string[]
}
