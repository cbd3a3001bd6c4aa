// What MCP SDKs and tools print during discovery, registration and requests: the TypeScript SDK (also
// inside mcp-remote, Claude Code and the Inspector), the Python SDK and FastMCP, the C# SDK, mcp-remote
// and the MCP Inspector.
import { PYTHON_CSHARP_SDK_ERRORS } from './mcp-sdks-python-csharp.ts'
import { TYPESCRIPT_SDK_ERRORS } from './mcp-sdks-typescript.ts'

// TypeScript SDK and mcp-remote rows first, then C# and Python: the catalog matches rows in this order.
export const MCP_SDK_ERRORS = [...TYPESCRIPT_SDK_ERRORS, ...PYTHON_CSHARP_SDK_ERRORS]
