// Rule cases for discovery: the 401 challenge and protected resource metadata (steps 1–2).
import { editJson, find, isChallenge, isPrm } from '../../../fixtures/builder/mutate.ts'
import type { RuleCase } from './rule-case-builders.ts'
import { capture, story, HEALTHY, c } from './rule-case-builders.ts'

export const DISCOVERY_CASES: RuleCase[] = [
  c('discovery.www-authenticate.missing', 'pass', 'challenge present', HEALTHY),
  c(
    'discovery.www-authenticate.missing',
    'fail',
    '401 without header',
    capture({}, (s) => {
      find(s, isChallenge).responseHeaders = {}
    }),
  ),
  c('discovery.www-authenticate.missing', 'unknown', 'no 401 captured', capture({ parts: { challenge: false } })),
  c('discovery.resource-metadata.missing', 'pass', 'pointer present', HEALTHY),
  c(
    'discovery.resource-metadata.missing',
    'fail',
    '2025-06-18: no pointer, not connected',
    capture({ protocolVersion: '2025-06-18', parts: { mcp: false } }, (s) => {
      find(s, isChallenge).responseHeaders = { 'www-authenticate': 'Bearer realm="mcp"' }
    }),
    'error',
  ),
  // On a connected flow nothing is an error (PRODUCT §5.7): a stricter client would stop, this one did not.
  c(
    'discovery.resource-metadata.missing',
    'fail',
    '2025-06-18: no pointer, connected anyway',
    capture({ protocolVersion: '2025-06-18' }, (s) => {
      find(s, isChallenge).responseHeaders = { 'www-authenticate': 'Bearer realm="mcp"' }
    }),
    'warning',
  ),
  c(
    'discovery.resource-metadata.missing',
    'fail',
    '2025-11-25: well-known PRM answered',
    capture({}, (s) => {
      find(s, isChallenge).responseHeaders = { 'www-authenticate': 'Bearer realm="mcp"' }
    }),
    'info',
  ),
  c('discovery.resource-metadata.missing', 'unknown', 'no 401 captured', capture({ parts: { challenge: false } })),
  c(
    'discovery.cors.www-authenticate-hidden',
    'fail',
    'browser 401 without expose',
    capture({}, (s) => {
      const ch = find(s, isChallenge)
      ch.requestHeaders = { ...ch.requestHeaders, origin: 'http://localhost:6274' }
      ch.responseHeaders = { ...ch.responseHeaders, 'access-control-allow-origin': '*' }
    }),
  ),
  // The common real shape: the auth check answers before the CORS middleware runs, so the 401 has no CORS headers.
  c(
    'discovery.cors.www-authenticate-hidden',
    'fail',
    'browser 401 without any CORS header',
    capture({}, (s) => {
      const ch = find(s, isChallenge)
      ch.requestHeaders = { ...ch.requestHeaders, origin: 'https://chat.example.org' }
    }),
    'warning',
  ),
  c(
    'discovery.cors.www-authenticate-hidden',
    'fail',
    'browser 401 without CORS, client stops there',
    story('browser-cors-hidden'),
    'error',
  ),
  c(
    'discovery.cors.www-authenticate-hidden',
    'pass',
    'browser 401 exposes it',
    capture({}, (s) => {
      const ch = find(s, isChallenge)
      ch.requestHeaders = { ...ch.requestHeaders, origin: 'http://localhost:6274' }
      ch.responseHeaders = {
        ...ch.responseHeaders,
        'access-control-allow-origin': '*',
        'access-control-expose-headers': 'Mcp-Session-Id, WWW-Authenticate',
      }
    }),
  ),
  c('prm.not-requested', 'pass', 'pointer followed', HEALTHY),
  c('prm.not-requested', 'fail', 'pointer ignored', capture({ parts: { discovery: false } })),
  c('prm.http-status', 'pass', '200', HEALTHY),
  c(
    'prm.http-status',
    'fail',
    '404',
    capture({}, (s) => {
      const p = find(s, isPrm)
      p.status = 404
      p.responseBody = { mimeType: 'text/html', text: '<h1>Not Found</h1>' }
    }),
  ),
  c('prm.http-status', 'unknown', 'no PRM request', capture({ parts: { discovery: false } })),
  c('prm.not-json', 'pass', 'JSON', HEALTHY),
  c(
    'prm.not-json',
    'fail',
    'SPA fallback HTML',
    capture({}, (s) => {
      find(s, isPrm).responseBody = { mimeType: 'text/html', text: '<!doctype html><div id=root></div>' }
    }),
  ),
  c('prm.resource.missing', 'pass', 'present', HEALTHY),
  c('prm.resource.missing', 'fail', 'absent', capture({ prmResource: null })),
  c('prm.resource.mismatch', 'pass', 'exact', HEALTHY),
  c('prm.resource.mismatch', 'fail', 'origin only', capture({ prmResource: 'https://mcp.example.com' })),
  c('prm.resource.mismatch', 'fail', 'trailing slash', capture({ prmResource: 'https://mcp.example.com/tenant/mcp/' })),
  c('prm.authorization-servers.missing', 'pass', 'listed', HEALTHY),
  c(
    'prm.authorization-servers.missing',
    'fail',
    'empty list',
    capture({}, (s) =>
      editJson(find(s, isPrm), 'responseBody', (o) => {
        o.authorization_servers = []
      }),
    ),
  ),
  c(
    'prm.bearer-methods.no-header',
    'pass',
    'header listed',
    capture({}, (s) =>
      editJson(find(s, isPrm), 'responseBody', (o) => {
        o.bearer_methods_supported = ['header']
      }),
    ),
  ),
  c(
    'prm.bearer-methods.no-header',
    'fail',
    'body only',
    capture({}, (s) =>
      editJson(find(s, isPrm), 'responseBody', (o) => {
        o.bearer_methods_supported = ['body']
      }),
    ),
  ),
]
