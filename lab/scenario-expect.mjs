// Shorthands for the verdict a scenario expects (outcome first, then root cause and party).
export const CURRENT_SDK = '@modelcontextprotocol/sdk'
export const OLD_SDK = 'sdk-old' // @modelcontextprotocol/sdk 1.12.3, before RFC 8707 support

/** The MCP server answered requests carrying the token; on a connected flow nothing is an error. */
export const connected = (fails = []) => ({ outcome: 'connected', rootCause: null, party: null, noErrors: true, fails })

/** The flow stopped or the server rejected the token, because of `rootCause`, which `party` must fix. */
export const failed = (rootCause, party, fails = []) => ({ outcome: 'failed', rootCause, party, fails })
