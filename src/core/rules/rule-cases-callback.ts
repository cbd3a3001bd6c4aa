// Rule cases for the callback: errors, code, state and the RFC 9207 iss (step 6).
import { editCallback, editJson, find, isAsMeta } from '../../../fixtures/builder/mutate.ts'
import type { RuleCase } from './rule-case-builders.ts'
import { capture, HEALTHY, c } from './rule-case-builders.ts'

export const CALLBACK_CASES: RuleCase[] = [
  c('callback.error', 'pass', 'code returned', HEALTHY),
  c(
    'callback.error',
    'fail',
    'invalid_target',
    capture({ callbackError: { error: 'invalid_target', description: 'unknown resource' } }),
  ),
  c('callback.state.mismatch', 'pass', 'same state', HEALTHY),
  c(
    'callback.state.mismatch',
    'fail',
    'other state',
    capture({}, (s) => editCallback(s, (p) => p.set('state', 'forged'))),
  ),
  c(
    'iss.mismatch',
    'pass',
    'same issuer',
    capture({}, (s) => editCallback(s, (p) => p.set('iss', 'https://bright-lotus-41.authkit.app'))),
  ),
  c(
    'iss.mismatch',
    'fail',
    'trailing slash',
    capture({}, (s) => editCallback(s, (p) => p.set('iss', 'https://bright-lotus-41.authkit.app/'))),
  ),
  c(
    'iss.mismatch',
    'unknown',
    'issuer not captured',
    capture({ parts: { discovery: false } }, (s) =>
      editCallback(s, (p) => p.set('iss', 'https://bright-lotus-41.authkit.app')),
    ),
  ),
  c(
    'iss.missing-when-advertised',
    'fail',
    'advertised, absent',
    capture({}, (s) =>
      editJson(find(s, isAsMeta), 'responseBody', (o) => {
        o.authorization_response_iss_parameter_supported = true
      }),
    ),
  ),
  c(
    'iss.missing-when-advertised',
    'pass',
    'advertised, present',
    capture({}, (s) => {
      editJson(find(s, isAsMeta), 'responseBody', (o) => {
        o.authorization_response_iss_parameter_supported = true
      })
      editCallback(s, (p) => p.set('iss', 'https://bright-lotus-41.authkit.app'))
    }),
  ),
  c(
    'iss.ignored-by-client',
    'fail',
    'code redeemed after a wrong iss',
    capture({ protocolVersion: '2026-07-28' }, (s) =>
      editCallback(s, (p) => p.set('iss', 'https://bright-lotus-41.authkit.app/')),
    ),
  ),
  c(
    'iss.ignored-by-client',
    'pass',
    'client stopped',
    capture({ protocolVersion: '2026-07-28', parts: { token: false } }, (s) =>
      editCallback(s, (p) => p.set('iss', 'https://bright-lotus-41.authkit.app/')),
    ),
  ),
  c(
    'iss.ignored-by-client',
    'unknown',
    'client side not captured',
    capture(
      { protocolVersion: '2026-07-28', parts: { challenge: false, registration: 'none', token: false, mcp: false } },
      (s) => editCallback(s, (p) => p.set('iss', 'https://bright-lotus-41.authkit.app/')),
    ),
  ),
  c('callback.code.missing', 'pass', 'code', HEALTHY),
  c(
    'callback.code.missing',
    'fail',
    'neither code nor error',
    capture({ parts: { token: false } }, (s) => editCallback(s, (p) => p.delete('code'))),
  ),
]
