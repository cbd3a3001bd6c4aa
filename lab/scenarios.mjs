// The lab's scenarios: which real software runs, how it is configured, and the verdict a support
// engineer expects — written from the configuration, never copied from the analyzer's output.
// `as`: oidc-provider flags (as.mjs); `authServer: 'openauth'` swaps in OpenAuth; `server`: the SDK
// server (default), 'fastmcp' or 'cloudflare' (AS and MCP server in one); `mcp`: that server's options;
// `client`: the SDK client of version `sdk` (default), 'inspector', 'mcp-remote' or 'openauth-app'.
import { SDK_SCENARIOS } from './scenarios-sdk.mjs'
import { VENDOR_SCENARIOS } from './scenarios-vendors.mjs'

export const SCENARIOS = [...SDK_SCENARIOS, ...VENDOR_SCENARIOS]
