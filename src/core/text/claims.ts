// A claim: one typed fact a pasted text states, with the span that proves it. Plain data: the UI
// marks `start`–`end` in the pasted text and links each claim to the findings that cite its `entry`.
import { STEPS, type Step as FlowStep } from '../flow/steps.ts'
import { anyOf } from './any-of.ts'

export type ClaimKind =
  | 'mcp-url'
  | 'url'
  | 'authorize-url'
  | 'callback-url'
  | 'token-form'
  | 'http-status'
  | 'http-response'
  | 'www-authenticate'
  | 'challenge-lacks'
  | 'oauth-error'
  | 'known-error'
  | 'json'
  | 'jwt'
  | 'aud'
  | 'expected-audience'
  | 'resource-sent'
  | 'resource-not-sent'
  | 'prm-resource'
  | 'issuer'
  | 'client-id'
  | 'scopes'
  | 'token-issued'
  | 'no-auth-header'
  | 'headers-hidden'
  | 'cors-blocked'
  | 'pkce-unsupported'
  | 'product'
  | 'vendor'
  | 'library'

/**
 * The step of an MCP OAuth connection a claim is about (discovery = the first, unauthenticated 401): the flow's
 * steps (`flow/steps.ts`) except `access-token`, which is judged from a decoded token, never named by a pasted text.
 */
export type Step = Exclude<FlowStep, 'access-token'>

export type ClaimData = Record<string, string | number | boolean | null | string[]>

export interface Claim {
  /** Claims are numbered in flow order (step, then position): the report's `entry` numbers count these. */
  entry: number
  kind: ClaimKind
  /** Span in the pasted text. */
  start: number
  end: number
  /** The recognised text after normalization (quotes straightened, wraps joined). */
  text: string
  /** What it says, in words, for the list beside the pasted text. */
  label: string
  step: Step | null
  /** False for suggestions, expectations, examples and placeholders: they never become failing evidence. */
  observed: boolean
  data: ClaimData
}

/** A claim found in the normalized text, before positions are mapped back and numbers given. */
export type RawClaim = Omit<Claim, 'entry' | 'start' | 'end' | 'observed'> & {
  from: number
  to: number
  observed?: boolean
}

/** The older name: the UI marks these in the pasted text. */
export type Artefact = Claim
export type ArtefactKind = ClaimKind

/** Flow order; claims without a step sort last. */
export const stepRank = (s: Step | null): number => (s === null ? STEPS.length : STEPS.indexOf(s))

/** Placeholders people write instead of real values: `<host>`, `xxx`, `YOUR_CLIENT_ID`, `${baseUrl}`, `…`. */
export const PLACEHOLDER = anyOf(
  'i',
  /<[^<>\s][^<>]{0,40}>|\$\{[^}]*\}|\{\{[^}]*\}\}/,
  /\bx{3,}\b|\bYOUR_[A-Z_]+\b|\.\.\.|…|\[redacted[^\]]*\]|\bredacted\b/,
)

export const isPlaceholder = (v: string): boolean => PLACEHOLDER.test(v)
