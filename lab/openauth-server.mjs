// The lab's OpenAuth authorization server (npm `@openauthjs/openauth`, unmodified issuer): RFC 8414
// metadata, PKCE, JWT access tokens. What it does by design and MCP clients meet: no registration
// endpoint (any client_id is accepted) and aud = the client id. The sign-in step is a provider of
// ours, through OpenAuth's provider interface, that signs "lab-user" in at once (a lab has no mail
// server for its code or password providers).
import { issuer } from '@openauthjs/openauth'
import { createSubjects } from '@openauthjs/openauth/subject'
import { MemoryStorage } from '@openauthjs/openauth/storage/memory'
import { serveFetch } from './serve-fetch.mjs'

/** A Standard Schema validator that accepts a user id (OpenAuth validates subjects with one). */
const userSchema = { '~standard': { version: 1, vendor: 'lab', validate: (value) => (typeof value?.id === 'string' ? { value } : { issues: [{ message: 'id required' }] }) } }
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
