// Error strings users see in pages, error descriptions, logs and forum posts, mapped to what they mean
// for an MCP OAuth flow, the rule IDs they bear on and the fix (clients-and-servers.md §B.3, §B.4). The
// rows live by family under errors/; each names a public source. Order matters: the first matching row
// explains a text, so vendor-specific rows come before the generic ones that share their words.
import { AUTH0_ERRORS } from './errors/auth0.ts'
import { CLERK_ERRORS } from './errors/clerk.ts'
import { CLIENT_ERRORS } from './errors/clients.ts'
import { COGNITO_ERRORS } from './errors/cognito.ts'
import { ENTRA_AUTHORIZE_ERRORS } from './errors/entra.ts'
import { ENTRA_TOKEN_ERRORS } from './errors/entra-token.ts'
import { JWT_LIBRARY_ERRORS } from './errors/jwt-libraries.ts'
import { JWT_PLATFORM_ERRORS } from './errors/jwt-platforms.ts'
import { KEYCLOAK_ERRORS } from './errors/keycloak.ts'
import type { KnownError } from './errors/known-error.ts'
import { MCP_SDK_ERRORS } from './errors/mcp-sdks.ts'
import { GO_JAVA_SDK_ERRORS } from './errors/mcp-sdks-go-java.ts'
import { GENERIC_ERRORS } from './errors/oauth-generic.ts'
import { OKTA_ERRORS } from './errors/okta.ts'
import { SAAS_AS_ERRORS } from './errors/saas-as.ts'

export type { ErrorStep, KnownError } from './errors/known-error.ts'

/** Catalog families, in matching order, so tests and reports can count rows per family. */
export const ERROR_FAMILIES: Readonly<Record<string, readonly KnownError[]>> = {
  entra: [...ENTRA_AUTHORIZE_ERRORS, ...ENTRA_TOKEN_ERRORS],
  okta: OKTA_ERRORS,
  auth0: AUTH0_ERRORS,
  keycloak: KEYCLOAK_ERRORS,
  cognito: COGNITO_ERRORS,
  'saas-as': [...SAAS_AS_ERRORS, ...CLERK_ERRORS],
  'mcp-sdks': [...MCP_SDK_ERRORS, ...GO_JAVA_SDK_ERRORS],
  clients: CLIENT_ERRORS,
  'jwt-libraries': [...JWT_LIBRARY_ERRORS, ...JWT_PLATFORM_ERRORS],
  generic: GENERIC_ERRORS,
}

export const KNOWN_ERRORS: readonly KnownError[] = Object.values(ERROR_FAMILIES).flat()

/** The first known error named in a text, as a clause for a finding message (empty when none). */
export function explainKnownError(text: string | null | undefined): string {
  if (!text) return ''
  const hit = KNOWN_ERRORS.find((k) => k.pattern.test(text))
  return hit ? ` Known error: ${hit.meaning}.` : ''
}
