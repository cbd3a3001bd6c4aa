// Which response bodies the streaming reader decodes. Rules read JSON bodies (metadata,
// registration, token responses, JSON-RPC results, proxy envelopes) and error pages; static
// assets (scripts, styles, images, HTML pages that loaded fine) are only counted.

const SMALL = 4096

export function mustKeepBody(entry: Record<string, unknown>, bodyBytes: number): boolean {
  if (bodyBytes <= SMALL) return true
  const request = entry.request as Record<string, unknown> | undefined
  const response = entry.response as Record<string, unknown> | undefined
  const content = response?.content as Record<string, unknown> | undefined
  const status = typeof response?.status === 'number' ? response.status : 0
  if (status >= 400 || status === 0) return true
  const mime = `${typeof content?.mimeType === 'string' ? content.mimeType : ''}`.toLowerCase()
  if (/json|event-stream|x-www-form-urlencoded/.test(mime)) return true
  const url = typeof request?.url === 'string' ? request.url : ''
  return /\/\.well-known\/|\/api\/(fetch|mcp)|token|register|authorize|callback|\/mcp|\/sse/i.test(url)
}
