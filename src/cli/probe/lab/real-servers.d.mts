export interface RealLabOptions {
  /** Where the SDK server serves protected resource metadata (and its challenge points). */
  prmAt?: 'path' | 'root'
  /** Whether the MCP endpoint has the `cors` middleware at all (the SDK's metadata handlers always do). */
  cors?: boolean
  /** `cors({ exposedHeaders: ['WWW-Authenticate', …] })`, or the package's defaults. */
  exposeWwwAuthenticate?: boolean
  /** oidc-provider `features.registration`. */
  registration?: boolean
  /** oidc-provider `features.resourceIndicators` (RFC 8707). */
  resourceIndicators?: boolean
  /** oidc-provider's issuer ends in '/', while the MCP server lists it without. */
  issuerTrailingSlash?: boolean
  /** A 2025-03-26-style server: AS metadata at its own origin, no PRM, no resource_metadata. */
  legacy?: boolean
  /** Appended to the PRM `resource` (e.g. '/' for a trailing-slash mismatch). */
  resourceSuffix?: string
}
export interface RealLab {
  mcpUrl: string
  asIssuer: string
  close(): Promise<void>
}
export function startRealLab(options?: RealLabOptions): Promise<RealLab>
