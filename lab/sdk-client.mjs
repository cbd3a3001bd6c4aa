// Runs the MCP TypeScript SDK's own OAuth client (unmodified) against the lab servers, signing in
// on oidc-provider's pages the way a user in a browser would.
import { setGlobalDispatcher, ProxyAgent } from 'undici'
import { signIn } from './sign-in.mjs'

/** @param {{ sdk: string, mcpUrl: string, proxyUrl: string, clientName: string }} o */
export async function runSdkClient(o) {
  setGlobalDispatcher(new ProxyAgent(o.proxyUrl))
  const { Client } = await import(`${o.sdk}/client/index.js`)
  const { StreamableHTTPClientTransport } = await import(`${o.sdk}/client/streamableHttp.js`)
  const { UnauthorizedError } = await import(`${o.sdk}/client/auth.js`)
  const redirectUri = 'http://127.0.0.1:8976/callback'
  const state = { info: undefined, tokens: undefined, verifier: undefined, authUrl: undefined }
  const provider = {
    get redirectUrl() {
      return redirectUri
    },
    get clientMetadata() {
      return {
        client_name: o.clientName,
        redirect_uris: [redirectUri],
        grant_types: ['authorization_code', 'refresh_token'],
        response_types: ['code'],
        token_endpoint_auth_method: 'none',
        scope: 'mcp:tools',
      }
    },
    clientInformation: () => state.info,
    saveClientInformation: (i) => {
      state.info = i
    },
    tokens: () => state.tokens,
    saveTokens: (t) => {
      state.tokens = t
    },
    redirectToAuthorization: (url) => {
      state.authUrl = url
    },
    saveCodeVerifier: (v) => {
      state.verifier = v
    },
    codeVerifier: () => state.verifier,
  }
  const connect = async () => {
    const client = new Client({ name: o.clientName, version: '1.0.0' })
    const transport = new StreamableHTTPClientTransport(new URL(o.mcpUrl), { authProvider: provider })
    await client.connect(transport)
    await client.listTools()
    await client.close()
  }
  try {
    await connect()
    return 'connected'
  } catch (e) {
    if (!(e instanceof UnauthorizedError) || !state.authUrl) return `failed before sign-in: ${e.message}`
  }
  const params = await signIn(state.authUrl.href, redirectUri)
  if (!params.get('code')) return `authorization error: ${params.get('error')}`
  const transport = new StreamableHTTPClientTransport(new URL(o.mcpUrl), { authProvider: provider })
  // Some clients retry for ever when the server keeps rejecting their token: give up after 2 s.
  let timer
  const stop = new Promise((resolve) => {
    timer = setTimeout(() => resolve('still retrying after 2 s (stopped by the lab)'), 2000)
  })
  try {
    await transport.finishAuth(params.get('code'))
    return await Promise.race([connect().then(() => 'connected after sign-in'), stop])
  } catch (e) {
    return `failed after sign-in: ${e.message}`
  } finally {
    clearTimeout(timer)
  }
}
