// Rule cases for the authorization request: client, redirect, PKCE, state, resource (step 5).
import { editQuery, find, isAuthorize } from '../../../fixtures/builder/mutate.ts'
import type { RuleCase } from './rule-case-builders.ts'
import { capture, HEALTHY, c } from './rule-case-builders.ts'

export const AUTHORIZE_CASES: RuleCase[] = [
  c('authorize.redirect-uri.unregistered', 'pass', 'registered', HEALTHY),
  c(
    'authorize.redirect-uri.unregistered',
    'pass',
    'loopback port differs',
    capture({}, (s) => editQuery(find(s, isAuthorize), (p) => p.set('redirect_uri', 'http://127.0.0.1:50123/'))),
  ),
  c(
    'authorize.redirect-uri.unregistered',
    'fail',
    'another URI',
    capture({}, (s) => editQuery(find(s, isAuthorize), (p) => p.set('redirect_uri', 'https://evil.example.net/cb'))),
  ),
  c(
    'authorize.redirect-uri.unregistered',
    'unknown',
    'no registration captured',
    capture({ parts: { registration: 'none' } }),
  ),
  c('pkce.challenge.missing', 'pass', 'challenge sent', HEALTHY),
  c(
    'pkce.challenge.missing',
    'fail',
    'no challenge',
    capture({}, (s) =>
      editQuery(find(s, isAuthorize), (p) => {
        p.delete('code_challenge')
        p.delete('code_challenge_method')
      }),
    ),
  ),
  c('pkce.method.plain', 'pass', 'S256', HEALTHY),
  c(
    'pkce.method.plain',
    'fail',
    'plain',
    capture({}, (s) => editQuery(find(s, isAuthorize), (p) => p.set('code_challenge_method', 'plain'))),
  ),
  c('state.missing', 'pass', 'state sent', HEALTHY),
  c(
    'state.missing',
    'fail',
    'no state, PKCE S256',
    capture({}, (s) => editQuery(find(s, isAuthorize), (p) => p.delete('state'))),
    'info',
  ),
  c(
    'state.missing',
    'fail',
    'no state, no S256',
    capture({}, (s) =>
      editQuery(find(s, isAuthorize), (p) => {
        p.delete('state')
        p.set('code_challenge_method', 'plain')
      }),
    ),
    'warning',
  ),
  c('resource.authorize.missing', 'pass', 'sent', HEALTHY),
  c(
    'resource.authorize.missing',
    'fail',
    'absent, token rejected',
    capture({ resource: null, aud: 'client_01J8ZKQ4Y7W3N5V9B2C6D8F0GH', mcpAccepts: false }),
    'error',
  ),
  c('resource.authorize.missing', 'fail', 'absent, connected anyway', capture({ resource: null }), 'warning'),
  c('resource.authorize.invalid', 'pass', 'absolute', HEALTHY),
  c('resource.authorize.invalid', 'fail', 'no scheme', capture({ resource: 'mcp.example.com/tenant/mcp' })),
  c('resource.authorize.mismatch-prm', 'pass', 'exact', HEALTHY),
  c(
    'resource.authorize.mismatch-prm',
    'fail',
    'trailing slash',
    capture({ resource: 'https://mcp.example.com/tenant/mcp/' }),
  ),
  c('resource.authorize.mismatch-prm', 'unknown', 'no PRM captured', capture({ parts: { discovery: false } })),
  c('resource.authorize.is-as', 'pass', 'names the MCP server', HEALTHY),
  c('resource.authorize.is-as', 'fail', 'names the AS', capture({ resource: 'https://bright-lotus-41.authkit.app' })),
  c('resource.authorize.not-canonical', 'pass', 'canonical', HEALTHY),
  c(
    'resource.authorize.not-canonical',
    'fail',
    'upper-case host',
    capture({ resource: 'https://MCP.example.com/tenant/mcp' }),
  ),
  c('resource.authorize.multiple', 'pass', 'one value', HEALTHY),
  c(
    'resource.authorize.multiple',
    'fail',
    'two values',
    capture({}, (s) =>
      editQuery(find(s, isAuthorize), (p) => p.append('resource', 'https://bright-lotus-41.authkit.app')),
    ),
  ),
  c('authorize.as-error-page', 'pass', 'redirects back', HEALTHY),
  c(
    'authorize.as-error-page',
    'fail',
    '400 page',
    capture({}, (s) => {
      const a = find(s, isAuthorize)
      a.status = 400
      a.redirectURL = undefined
      a.responseHeaders = {}
      a.responseBody = { mimeType: 'text/html', text: '<html><title>Invalid redirect_uri</title></html>' }
    }),
  ),
  c(
    'authorize.as-error-page',
    'unknown',
    'no response',
    capture({}, (s) => {
      const a = find(s, isAuthorize)
      a.status = 0
      a.redirectURL = undefined
      a.responseHeaders = {}
    }),
  ),
  c('pkce.challenge.format', 'pass', '43 base64url characters', HEALTHY),
  c(
    'pkce.challenge.format',
    'fail',
    'padded',
    capture({}, (s) => editQuery(find(s, isAuthorize), (p) => p.set('code_challenge', `${p.get('code_challenge')}=`))),
  ),
  c('authorize.client-id.missing', 'pass', 'sent', HEALTHY),
  c(
    'authorize.client-id.missing',
    'fail',
    'absent',
    capture({}, (s) => editQuery(find(s, isAuthorize), (p) => p.delete('client_id'))),
  ),
  c('authorize.response-type', 'pass', 'code', HEALTHY),
  c(
    'authorize.response-type',
    'fail',
    'implicit',
    capture({}, (s) => editQuery(find(s, isAuthorize), (p) => p.set('response_type', 'token'))),
  ),
  c('authorize.client-id.unregistered', 'pass', 'registered id', HEALTHY),
  c(
    'authorize.client-id.unregistered',
    'fail',
    'another id',
    capture({}, (s) => editQuery(find(s, isAuthorize), (p) => p.set('client_id', 'client_01J8ZZZZZZZZZZZZZZZZZZZZZZ'))),
  ),
]
