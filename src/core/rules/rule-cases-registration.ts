// Rule cases for AS metadata and client registration, DCR or CIMD (steps 3–4).
import { editJson, find, isAsMeta, isRegister } from '../../../fixtures/builder/mutate.ts'
import type { RuleCase } from './rule-case-builders.ts'
import { capture, story, HEALTHY, c } from './rule-case-builders.ts'

export const REGISTRATION_CASES: RuleCase[] = [
  c('asmeta.http-status', 'pass', '200', HEALTHY),
  c(
    'asmeta.http-status',
    'fail',
    'every probe 404',
    capture({}, (s) => {
      const m = find(s, isAsMeta)
      m.status = 404
      m.responseBody = { mimeType: 'text/html', text: 'not found' }
    }),
  ),
  c('asmeta.http-status', 'unknown', 'no metadata request', capture({ parts: { discovery: false } })),
  c('asmeta.issuer.mismatch', 'pass', 'same issuer', HEALTHY),
  c(
    'asmeta.issuer.mismatch',
    'fail',
    'trailing slash',
    capture({ metadataIssuer: 'https://bright-lotus-41.authkit.app/' }),
  ),
  c('asmeta.pkce.absent', 'pass', 'S256 advertised', HEALTHY),
  c('asmeta.pkce.absent', 'fail', 'field missing', capture({ pkceMethods: null })),
  c('asmeta.pkce.absent', 'fail', 'plain only', capture({ pkceMethods: ['plain'] })),
  c('asmeta.registration.absent', 'pass', 'registration endpoint advertised', HEALTHY),
  c('asmeta.registration.absent', 'pass', 'no endpoint, pre-registered client id', story('entra-guid-accepted')),
  c('asmeta.registration.absent', 'fail', 'no endpoint, no CIMD, no client id', story('no-registration-endpoint')),
  c(
    'dcr.application-type.missing',
    'pass',
    '2026-07-28 native client with a loopback redirect',
    capture({ protocolVersion: '2026-07-28' }, (s) =>
      editJson(find(s, isRegister), 'requestBody', (o) => {
        o.application_type = 'native'
      }),
    ),
  ),
  c(
    'dcr.application-type.missing',
    'fail',
    '2026-07-28 registration without it',
    story('dcr-no-application-type'),
    'error',
  ),
  c('asmeta.required-fields', 'pass', 'complete', HEALTHY),
  c(
    'asmeta.required-fields',
    'fail',
    'no token_endpoint',
    capture({}, (s) =>
      editJson(find(s, isAsMeta), 'responseBody', (o) => {
        delete o.token_endpoint
      }),
    ),
  ),
  c('dcr.response.status', 'pass', '201', HEALTHY),
  c(
    'dcr.response.status',
    'fail',
    '400 invalid_redirect_uri',
    capture({ dcrError: { status: 400, error: 'invalid_redirect_uri', description: 'not allowed' } }),
  ),
  c('dcr.redirect-uris.missing', 'pass', 'listed', HEALTHY),
  c(
    'dcr.redirect-uris.missing',
    'fail',
    'absent',
    capture({}, (s) =>
      editJson(find(s, isRegister), 'requestBody', (o) => {
        delete o.redirect_uris
      }),
    ),
  ),
  c('cimd.client-id.format', 'pass', 'https with a path', story('cimd-client')),
  c(
    'cimd.client-id.format',
    'fail',
    'http without a path',
    capture({ clientId: 'http://client.example.com', parts: { registration: 'cimd' } }),
  ),
  c(
    'asmeta.response-type.no-code',
    'pass',
    'code listed',
    capture({}, (s) =>
      editJson(find(s, isAsMeta), 'responseBody', (o) => {
        o.response_types_supported = ['code']
      }),
    ),
  ),
  c(
    'asmeta.response-type.no-code',
    'fail',
    'token only',
    capture({}, (s) =>
      editJson(find(s, isAsMeta), 'responseBody', (o) => {
        o.response_types_supported = ['token']
      }),
    ),
  ),
  c('asmeta.endpoint.baked-query', 'pass', 'plain endpoint', HEALTHY),
  c(
    'asmeta.endpoint.baked-query',
    'fail',
    'resource built in',
    capture({}, (s) =>
      editJson(find(s, isAsMeta), 'responseBody', (o) => {
        o.authorization_endpoint =
          'https://bright-lotus-41.authkit.app/oauth2/authorize?resource=https%3A%2F%2Fbright-lotus-41.authkit.app'
      }),
    ),
  ),
]
