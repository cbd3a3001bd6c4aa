// Human names for the flow steps, as a support engineer says them (tables, headline, detail).
import type { StepKind } from '../types.ts'

export const STEP_NAME: Record<StepKind | 'other', string> = {
  'mcp-unauthorized': 'MCP request without a token',
  'protected-resource-metadata': 'Resource metadata (PRM)',
  'as-metadata': 'Authorization server metadata',
  registration: 'Client registration',
  cimd: 'Client metadata document',
  authorize: 'Authorization request',
  callback: 'Redirect back to the client',
  token: 'Token request',
  refresh: 'Token refresh',
  'mcp-request': 'MCP request with the token',
  other: '',
}

const PHRASE: Record<StepKind, string> = {
  'mcp-unauthorized': 'the first MCP request',
  'protected-resource-metadata': 'the resource metadata (PRM) request',
  'as-metadata': 'the authorization server metadata request',
  registration: 'client registration',
  cimd: 'the client metadata document',
  authorize: 'the authorization request',
  callback: 'the redirect back to the client',
  token: 'the token request',
  refresh: 'the token refresh',
  'mcp-request': 'the MCP request with the token',
}

/** The step in a sentence: "Failed at the token request." */
export function stepPhrase(kind: StepKind): string {
  return PHRASE[kind]
}
