// The authorization server of the lab: oidc-provider (unmodified) with dynamic registration, PKCE
// and RFC 8707 resource indicators issuing JWT access tokens. Misbehaviours come from flags.
import { trackSockets } from './close-server.mjs'
import express from 'express'
import Provider from 'oidc-provider'

/**
 * @param {{ port: number, ignoreResource?: boolean, trailingSlashAudience?: boolean, rejectRegistration?: boolean, mount?: (app: import('express').Express, issuer: string) => void }} o
 */
export async function startAuthorizationServer(o) {
  const issuer = `http://127.0.0.1:${o.port}`
  const provider = new Provider(issuer, {
    clients: [],
    scopes: ['openid', 'offline_access', 'mcp:tools'],
    clientDefaults: { application_type: 'native', grant_types: ['authorization_code', 'refresh_token'], response_types: ['code'], token_endpoint_auth_method: 'none' },
    features: {
      devInteractions: { enabled: true },
      registration: { enabled: true },
      resourceIndicators: {
        enabled: true,
        // Without a resource the token would be opaque; this AS falls back to a JWT for the client
        // itself, the way many authorization servers set aud = client id.
        defaultResource: (_ctx, _client, oneOf) => oneOf ?? 'urn:lab:default',
        useGrantedResource: () => true,
        getResourceServerInfo: (_ctx, resource, client) => ({
          scope: 'mcp:tools',
          accessTokenFormat: 'jwt',
          audience: o.ignoreResource || resource === 'urn:lab:default' ? client.clientId : o.trailingSlashAudience ? `${resource}/` : resource,
          jwt: { sign: { alg: 'RS256' } },
        }),
      },
    },
    pkce: { required: () => true },
    issueRefreshToken: () => true,
    ttl: { AccessToken: 3600, AuthorizationCode: 600, Grant: 3600, Interaction: 600, Session: 3600, RefreshToken: 86400 },
    loadExistingGrant: async (ctx) => {
      // Consent is given on the devInteractions page; reuse it for later authorizations.
      const grantId = ctx.oidc.result?.consent?.grantId || ctx.oidc.session.grantIdFor(ctx.oidc.client.clientId)
      return grantId ? ctx.oidc.provider.Grant.find(grantId) : undefined
    },
  })
  provider.proxy = false
  const app = express()
  if (o.rejectRegistration) {
    app.post('/reg', (_req, res) => res.status(400).json({ error: 'invalid_redirect_uri', error_description: 'redirect_uris are not on this server\'s allow-list' }))
  }
  // RFC 8414 metadata next to OIDC discovery (older MCP clients only ask for this one).
  app.get('/.well-known/oauth-authorization-server', async (_req, res) => {
    const r = await fetch(`${issuer}/.well-known/openid-configuration`)
    res.status(r.status).type('application/json').send(await r.text())
  })
  o.mount?.(app, issuer)
  app.use(provider.callback())
  const server = app.listen(o.port, '127.0.0.1')
  const closeAll = trackSockets(server)
  await new Promise((r) => server.once('listening', r))
  return { issuer, close: closeAll }
}
