#!/usr/bin/env node
// The "browser" a browser-opening client is given (through $BROWSER): it signs in on the
// authorization server's pages as a user would, then delivers the redirect to the client's
// callback listener. Its fetch goes through the lab's recording proxy ($LAB_PROXY).
import { ProxyAgent, setGlobalDispatcher } from 'undici'
import { appendFileSync } from 'node:fs'
import { signIn } from './sign-in.mjs'

const authorizeUrl = process.argv[2]
const log = (m) => process.env.LAB_BROWSER_LOG && appendFileSync(process.env.LAB_BROWSER_LOG, `${m}\n`)
try {
  if (process.env.LAB_PROXY) setGlobalDispatcher(new ProxyAgent(process.env.LAB_PROXY))
  // A person needs a moment before the page is even read. Without this pause mcp-remote 0.15 did not
  // exit after an error callback in 2 of 4 runs (the lab then stops it after 25 s).
  await new Promise((resolve) => setTimeout(resolve, 500))
  const redirectUri = new URL(authorizeUrl).searchParams.get('redirect_uri')
  const { location } = await signIn(authorizeUrl, redirectUri)
  const res = await fetch(location)
  log(`callback ${res.status}`)
} catch (e) {
  log(`browser hook failed: ${e.message}`)
  process.exitCode = 0
}
