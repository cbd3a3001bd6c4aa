// Public surface of the pure core.
export type * from './types.ts'
export {
  analyzeCapture,
  analyzeCaptureText,
  analyzeEntries,
  errorReport,
  type Analysis,
  type AnalyzeOptions,
} from './analyze.ts'
export { authRequestRows, requestRows, type RequestRow } from './report/rows.ts'
export { noRows, packRows, rowAt, rowOfEntry, textAt, type PackedText, type RowColumns } from './report/row-columns.ts'
export { parseQuery, parseForm, splitUrl, type Params } from './oauth/params.ts'
export { compareUris, firstDifference, describeNearMiss } from './oauth/uri-compare.ts'
export { readCapture, responseText, isBinaryCapture, decodeBase64Text } from './ingest/index.ts'
export { ALL_RULE_IDS } from './rules/index.ts'
export { decodeToken, type DecodedToken } from './oauth/jwt.ts'
export { renderMarkdown } from './report/markdown.ts'
export { renderText } from './report/text.ts'
export { GOOD_MATCHES, matchWords } from './report/match-words.ts'
export { TOOL_NAME, TOOL_VERSION } from './version.ts'
export { toShareableReport, type ShareOptions } from './share/to-shareable.ts'
export { SHARE_WARM_UP } from './share/vocabulary.ts'
export { encodeShareFragment, decodeShareLink, shareLink, SHARE_PARAM, type LinkError } from './share/link.ts'
export { redactCapture } from './share/redact-har.ts'
export type { SharedReport, ShareableReport, SharedFlow, ViewReport } from './share/shared-report.ts'
export { analyzeText, type TextAnalysis } from './text/analyze-text.ts'
export { analyzeStream, STREAM_FROM_BYTES, type StreamProgress } from './stream/analyze-stream.ts'
export type { Artefact, ArtefactKind, Claim, ClaimKind } from './text/claims.ts'
export { diffReports, type CaptureDiff, type DiffRow } from './compare/diff.ts'
export { renderDiffMarkdown, renderDiffText } from './compare/render.ts'
