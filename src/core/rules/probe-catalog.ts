// Titles and spec references of the rules only a probe runs, by ID: findings take them from here,
// and a shared link (which carries neither) gets them back from here when it is opened.
import type { Revision, SpecRef } from '../types.ts'
import { FETCH_CORS, mcpAuth, oauth21, rfc } from './spec-refs.ts'

interface ProbeRule {
  title: string
  spec(rev: Revision): SpecRef[]
}

export const PROBE_RULES: Record<string, ProbeRule> = {
  'probe.request.failed': { title: 'A probe request got no usable answer', spec: () => [rfc(9110, '15')] },
  'probe.mcp.no-challenge': {
    title: 'The MCP URL does not ask for authorization',
    spec: (rev) => [mcpAuth(rev, 'Authorization Server Location'), rfc(9728, '5.1')],
  },
  'discovery.cors.blocked': {
    title: 'Browser-based clients are blocked by CORS',
    spec: () => [FETCH_CORS, oauth21('3.2')],
  },
  'probe.legacy-discovery': {
    title: 'Discovery in the 2025-03-26 style',
    spec: (rev) => [mcpAuth(rev, 'Authorization Server Location'), rfc(9728, '3')],
  },
  'probe.registration.none': { title: 'No way for a new client to register', spec: (rev) => registrationSpec(rev) },
  'probe.registration.advertised': { title: 'Client registration advertised', spec: (rev) => registrationSpec(rev) },
  'probe.resource.unknown': {
    title: 'Whether the AS binds tokens to this server',
    spec: (rev) => [rfc(8707, '2'), mcpAuth(rev, 'Token Audience Binding and Validation')],
  },
  'probe.client-side.unknown': {
    title: 'What only a client capture can show',
    spec: (rev) => [mcpAuth(rev, 'Authorization Flow Steps')],
  },
  'probe.contradicts-input': { title: 'The probe contradicts the input', spec: () => [] },
}

function registrationSpec(rev: Revision): SpecRef[] {
  const section = rev >= '2025-11-25' ? 'Client ID Metadata Documents' : 'Dynamic Client Registration'
  return [mcpAuth(rev, section), rfc(7591, '3')]
}

/** Like `ruleCatalogEntry`, for the probe's own rules (null for any other ID). */
export function probeCatalogEntry(
  id: string,
  rev: Revision,
): { title: string; spec: SpecRef[]; aliases?: string[] } | null {
  const rule = PROBE_RULES[id]
  return rule ? { title: rule.title, spec: rule.spec(rev) } : null
}
