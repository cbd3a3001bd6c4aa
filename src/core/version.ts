// Kept equal to package.json "version" by a unit test (the core may not read files).
export const TOOL_NAME = 'mcp-oauth-har'
export const TOOL_VERSION = '0.1.0'
