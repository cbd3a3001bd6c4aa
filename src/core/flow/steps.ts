// The steps of an MCP authorization flow, in the order they happen (mcp-oauth-rules.md §3). They
// live with the flow model: rules judge steps, and the flow's progress is told in steps.
export const STEPS = [
  'discovery',
  'prm',
  'as-metadata',
  'registration',
  'authorize',
  'callback',
  'token',
  'refresh',
  'access-token',
  'mcp',
] as const
export type Step = (typeof STEPS)[number]
