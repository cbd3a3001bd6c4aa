// The lab's OpenAuth authorization server (npm `@openauthjs/openauth`, unmodified issuer): RFC 8414
// metadata, PKCE, JWT access tokens. What it does by design and MCP clients meet: no registration
// endpoint (any client_id is accepted) and aud = the client id. The sign-in step is a provider of
// ours, through OpenAuth's provider interface, that signs "lab-user" in at once (a lab has no mail
// server for its code or password providers).
import { issuer } from '@openauthjs/openauth'
import { createSubjects } from '@openauthjs/openauth/subject'
import { MemoryStorage } from '@openauthjs/openauth/storage/memory'
import { createClient } from '@openauthjs/openauth/client'
import { Agent, fetch as undiciFetch } from 'undici'
import { serveFetch } from './serve-fetch.mjs'

/** A Standard Schema validator that accepts a user id (OpenAuth validates subjects with one). */
const validate = (value) => (typeof value?.id === 'string' ? { value } : { issues: [{ message: 'id required' }] })
const userSchema = { '~standard': { version: 1, vendor: 'lab', validate } }
const subjects = createSubjects({ user: userSchema })

const labSignIn = {
  type: 'lab',
  init(routes, ctx) {
    routes.get('/authorize', async (c) => ctx.success(c, { id: 'lab-user' }))
  },
}

/** @param {{ port: number }} o */
export async function startOpenAuth(o) {
  const app = issuer({
    subjects,
    storage: MemoryStorage(),
    providers: { lab: labSignIn },
    success: async (ctx, value) => ctx.subject('user', { id: value.id }),
  })
  const close = await serveFetch(o.port, (request) => app.fetch(request))
  return { issuer: `http://127.0.0.1:${o.port}`, close }
}

/**
 * How an OpenAuth app checks a token: OpenAuth's own `client.verify` (signature from the issuer's
 * JWKS, issuer, subject). Its requests bypass the recording proxy: they are the server's, not the client's.
 */
export function openAuthVerifier(issuerUrl, clientID) {
  const dispatcher = new Agent()
  const fetch = (url, init) => undiciFetch(url, { ...init, dispatcher })
  const client = createClient({ clientID, issuer: issuerUrl, fetch })
  return async (token) => {
    const verified = await client.verify(subjects, token)
    return !verified.err
  }
}

/**
 * An app that signs its user in with OpenAuth's client library (code flow with PKCE, client id
 * `clientID`) and then calls an MCP server with that token, the MCP SDK's client sending it as a
 * header. Its fetch is the process's, pointed at the recording proxy by the caller.
 * @param {{ issuer: string, mcpUrl: string, clientID: string }} o
 */
export async function runOpenAuthApp(o) {
  const { signIn } = await import('./sign-in.mjs')
  const { Client } = await import('@modelcontextprotocol/sdk/client/index.js')
  const { StreamableHTTPClientTransport } = await import('@modelcontextprotocol/sdk/client/streamableHttp.js')
  const redirectUri = 'http://127.0.0.1:8977/callback'
  const client = createClient({ clientID: o.clientID, issuer: o.issuer })
  const { challenge, url } = await client.authorize(redirectUri, 'code', { pkce: true })
  const params = await signIn(url, redirectUri)
  const exchanged = await client.exchange(params.get('code'), redirectUri, challenge.verifier)
  if (exchanged.err) return `code exchange failed: ${exchanged.err.message}`
  const mcp = new Client({ name: 'lab openauth app', version: '1.0.0' })
  const headers = { Authorization: `Bearer ${exchanged.tokens.access}` }
  const transport = new StreamableHTTPClientTransport(new URL(o.mcpUrl), { requestInit: { headers } })
  try {
    await mcp.connect(transport)
    await mcp.listTools()
    await mcp.close()
    return 'connected'
  } catch (e) {
    return `MCP request failed: ${e.message}`
  }
}
