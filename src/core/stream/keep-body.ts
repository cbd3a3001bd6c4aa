// Which large response bodies the streaming reader decodes: the ones a rule or a finding can read.
// Rules read metadata (well-known URLs), registration and token responses, JSON-RPC results
// (requests with a body), proxy envelopes, event streams and error pages. Bodies of static assets
// and plain GET API calls are only counted; the entry view says they were not kept.

const RELEVANT_URL = /\/\.well-known\/|\/api\/(fetch|mcp)|token|regist|oauth|authori[sz]e|callback|consent|login|\/mcp\b|\/sse\b/i

export function mustKeepBody(entry: Record<string, unknown>, _bodyBytes: number): boolean {
  const request = entry.request as Record<string, unknown> | undefined
  const response = entry.response as Record<string, unknown> | undefined
  const content = response?.content as Record<string, unknown> | undefined
  const status = typeof response?.status === 'number' ? response.status : 0
  if (status >= 400 || status === 0) return true
  const postData = request?.postData as Record<string, unknown> | undefined
  if (postData && (typeof postData.text === 'string' ? postData.text.length > 0 : postData._file !== undefined)) return true
  const mime = `${typeof content?.mimeType === 'string' ? content.mimeType : ''}`.toLowerCase()
  if (/event-stream/.test(mime)) return true
  return RELEVANT_URL.test(typeof request?.url === 'string' ? request.url : '')
}
