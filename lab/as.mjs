// The authorization server of the lab: oidc-provider (unmodified) with dynamic registration, PKCE
// and RFC 8707 resource indicators issuing JWT access tokens. Misbehaviours come from flags.
import { trackSockets } from './close-server.mjs'
import http from 'node:http'
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
    clientDefaults: {
      application_type: 'native',
      grant_types: ['authorization_code', 'refresh_token'],
      response_types: ['code'],
      token_endpoint_auth_method: 'none',
    },
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
          audience:
            o.ignoreResource || resource === 'urn:lab:default'
              ? client.clientId
              : o.trailingSlashAudience
                ? `${resource}/`
                : resource,
          jwt: { sign: { alg: 'RS256' } },
        }),
      },
    },
    pkce: { required: () => true },
    issueRefreshToken: () => true,
    ttl: {
      AccessToken: 3600,
      AuthorizationCode: 600,
      Grant: 3600,
      Interaction: 600,
      Session: 3600,
      RefreshToken: 86400,
    },
    loadExistingGrant: async (ctx) => {
      // Consent is given on the devInteractions page; reuse it for later authorizations.
      const grantId = ctx.oidc.result?.consent?.grantId || ctx.oidc.session.grantIdFor(ctx.oidc.client.clientId)
      return grantId ? ctx.oidc.provider.Grant.find(grantId) : undefined
    },
  })
  provider.proxy = false
  const app = express()
  if (o.rejectRegistration) {
    app.post('/reg', (_req, res) =>
      res.status(400).json({
        error: 'invalid_redirect_uri',
        error_description: "redirect_uris are not on this server's allow-list",
      }),
    )
  }
  // RFC 8414 metadata next to OIDC discovery (older MCP clients only ask for this one).
  // (node:http, not fetch: the client under test points fetch at the recording proxy, and this
  // server-side call is not the client's.)
  app.get('/.well-known/oauth-authorization-server', (_req, res) => {
    http
      .get(`${issuer}/.well-known/openid-configuration`, (r) => {
        const chunks = []
        r.on('data', (c) => chunks.push(c))
        r.on('end', () =>
          res
            .status(r.statusCode ?? 500)
            .type('application/json')
            .send(Buffer.concat(chunks).toString('utf8')),
        )
      })
      .on('error', (e) => res.status(502).json({ error: 'server_error', error_description: String(e) }))
  })
  o.mount?.(app, issuer)
  app.use(provider.callback())
  const server = app.listen(o.port, '127.0.0.1')
  const closeAll = trackSockets(server)
  await new Promise((r) => server.once('listening', r))
  return { issuer, close: closeAll }
}
