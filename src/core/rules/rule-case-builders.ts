// The builders the rule-case tables share: a healthy WorkOS capture with one change, and the row helper.
import type { Status } from '../types.ts'
import { har, type Har } from '../../../fixtures/builder/har.ts'
import { scenarioEntries, type Scenario } from '../../../fixtures/builder/scenario.ts'
import { STORIES, workos } from '../../../fixtures/builder/stories.ts'
import type { Edit } from '../../../fixtures/builder/mutate.ts'

export interface RuleCase {
  rule: string
  status: Status
  name: string
  har: () => Har
  severity?: 'error' | 'warning' | 'info'
}

export const LOOPBACK = 'http://127.0.0.1:33418/'
export const PROXY = { name: 'mitmproxy', version: '11.0.0' }

export function capture(over: Partial<Scenario> = {}, edit?: Edit, creator = PROXY): () => Har {
  return () => {
    const specs = scenarioEntries(workos({ redirectUri: LOOPBACK, ...over }))
    edit?.(specs)
    return har(specs, creator)
  }
}
export const story = (id: string) => () => STORIES.find((s) => s.id === id)!.har
export const browserOnly = {
  parts: { challenge: false, discovery: false, registration: 'none' as const, token: false, mcp: false },
}
export const HEALTHY = capture()
/** The same JWT with an `alg: none` header and no signature. */
export const unsigned = (jwt: string) =>
  `${btoa(JSON.stringify({ alg: 'none', typ: 'at+jwt' }))
    .replace(/=+$/, '')
    .replace(/\+/g, '-')
    .replace(/\//g, '_')}.${jwt.split('.')[1]}.`

export const c = (
  rule: string,
  status: Status,
  name: string,
  h: () => Har,
  severity?: RuleCase['severity'],
): RuleCase => ({
  rule,
  status,
  name,
  har: h,
  ...(severity ? { severity } : {}),
})
