// Rule cases for the authorized MCP requests (step 9).
import { editQuery, find, isChallenge, isMcpAuthed, isPrm, isToken } from '../../../fixtures/builder/mutate.ts'
import type { RuleCase } from './rule-case-builders.ts'
import { capture, HEALTHY, c } from './rule-case-builders.ts'

export const MCP_CASES: RuleCase[] = [
  c('mcp.auth-header.missing', 'pass', 'sent', HEALTHY),
  c(
    'mcp.auth-header.missing',
    'fail',
    'absent (proxy capture)',
    capture({}, (s) => {
      const m = find(s, isMcpAuthed)
      delete m.requestHeaders!.authorization
    }),
  ),
  c(
    'mcp.auth-header.missing',
    'pass',
    'deliberate restart after the token and its refresh were refused',
    capture({}, (s) => {
      const used = find(s, isMcpAuthed)
      s.push({ ...used, status: 401, responseHeaders: { 'www-authenticate': 'Bearer error="invalid_token"' } })
      s.push({
        method: 'POST',
        url: find(s, isToken).url,
        status: 400,
        requestHeaders: { 'content-type': 'application/x-www-form-urlencoded' },
        requestBody: {
          mimeType: 'application/x-www-form-urlencoded',
          text: 'grant_type=refresh_token&refresh_token=rt_x',
        },
        responseBody: { mimeType: 'application/json', text: '{"error":"invalid_grant"}' },
      })
      s.push({ ...find(s, isChallenge) }, { ...find(s, isPrm) })
    }),
  ),
  c(
    'mcp.auth-header.missing',
    'unknown',
    'sanitized browser export',
    capture({ sanitized: true }, undefined, { name: 'WebInspector', version: '537.36' }),
  ),
  c('mcp.401.after-token', 'pass', 'accepted', HEALTHY),
  c('mcp.401.after-token', 'fail', 'rejected', capture({ mcpAccepts: false })),
  c(
    'mcp.401.after-token',
    'unknown',
    'sanitized, no error code',
    capture(
      { sanitized: true, mcpAccepts: false },
      (s) => {
        find(
          s,
          (x) => x.status === 401 && x.requestBody?.text.includes('initialize') === true && s.indexOf(x) > 3,
        ).responseHeaders = { 'www-authenticate': 'Bearer realm="mcp"' }
      },
      { name: 'WebInspector', version: '537.36' },
    ),
  ),
  c('mcp.token.wrong-server', 'pass', 'same server', HEALTHY),
  c(
    'mcp.token.wrong-server',
    'fail',
    'other server',
    capture({}, (s) => {
      find(s, isMcpAuthed).url = 'https://other-mcp.example.net/mcp'
    }),
  ),
  c(
    'mcp.403.insufficient-scope-params',
    'fail',
    'no scope',
    capture({}, (s) =>
      s.push({
        method: 'POST',
        url: 'https://mcp.example.com/tenant/mcp',
        status: 403,
        requestHeaders: { ...find(s, isMcpAuthed).requestHeaders },
        requestBody: { mimeType: 'application/json', text: '{"jsonrpc":"2.0","id":2,"method":"tools/call"}' },
        responseHeaders: { 'www-authenticate': 'Bearer error="insufficient_scope"' },
      }),
    ),
  ),
  c(
    'mcp.403.insufficient-scope-params',
    'pass',
    'scope and metadata',
    capture({}, (s) =>
      s.push({
        method: 'POST',
        url: 'https://mcp.example.com/tenant/mcp',
        status: 403,
        requestHeaders: { ...find(s, isMcpAuthed).requestHeaders },
        requestBody: { mimeType: 'application/json', text: '{"jsonrpc":"2.0","id":2,"method":"tools/call"}' },
        responseHeaders: {
          'www-authenticate':
            'Bearer error="insufficient_scope", scope="mcp:admin", resource_metadata="https://mcp.example.com/.well-known/oauth-protected-resource/tenant/mcp"',
        },
      }),
    ),
  ),
  c('mcp.server.accepts-wrong-aud', 'pass', 'right aud accepted', HEALTHY),
  c(
    'mcp.server.accepts-wrong-aud',
    'fail',
    'client-id aud accepted',
    capture({ aud: 'client_01J8ZKQ4Y7W3N5V9B2C6D8F0GH', mcpAccepts: true }),
  ),
  c('mcp.token-in-query', 'pass', 'header only', HEALTHY),
  c(
    'mcp.token-in-query',
    'fail',
    'access_token in the URL',
    capture({}, (s) => editQuery(find(s, isMcpAuthed), (p) => p.set('access_token', 'CANARY-query-token-8d1f'))),
  ),
]
