// Public surface of the pure core.
export type * from './types.ts'
export { analyzeCapture, analyzeCaptureText, analyzeEntries, errorReport, type Analysis } from './analyze.ts'
export { readCapture, responseText, isBinaryCapture } from './ingest/index.ts'
export { ALL_RULE_IDS } from './rules/index.ts'
export { decodeToken } from './oauth/jwt.ts'
export { renderMarkdown } from './report/markdown.ts'
export { renderText } from './report/text.ts'
export { TOOL_NAME, TOOL_VERSION } from './version.ts'
