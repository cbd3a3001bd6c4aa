// Pure helpers for the entry view: pretty bodies and the tokens an entry carries.
import { decodeBase64Text, parseForm, type Exchange } from '../../core/index.ts'

const MAX_BODY_CHARS = 20_000

export function bodyView(text: string | null, encoding: string | null = null): string | null {
  if (!text) return null
  const decoded = encoding?.toLowerCase() === 'base64' ? (decodeBase64Text(text) ?? '(binary body)') : text
  let pretty = decoded
  const t = decoded.trim()
  if (t.startsWith('{') || t.startsWith('[')) {
    try {
      pretty = JSON.stringify(JSON.parse(t), null, 2)
    } catch {
      /* keep as is */
    }
  }
  return pretty.length > MAX_BODY_CHARS
    ? `${pretty.slice(0, MAX_BODY_CHARS)}\n… (${(pretty.length - MAX_BODY_CHARS).toLocaleString('en')} more characters)`
    : pretty
}

const JWT = /^[A-Za-z0-9_-]{8,}\.[A-Za-z0-9_-]{8,}\.[A-Za-z0-9_-]*$/

export function tokensIn(ex: Exchange): { label: string; token: string }[] {
  const out: { label: string; token: string }[] = []
  const auth = ex.requestHeaders.find((h) => h.name === 'authorization')?.value
  const bearer = auth && /^\s*(bearer|dpop)\s+(\S+)/i.exec(auth)?.[2]
  if (bearer) out.push({ label: 'Bearer token sent', token: bearer })
  const body = ex.responseEncoding ? null : ex.responseContent
  if (body && body.trim().startsWith('{')) {
    try {
      const json = JSON.parse(body) as Record<string, unknown>
      for (const k of ['access_token', 'id_token'])
        if (typeof json[k] === 'string') out.push({ label: `${k} issued`, token: json[k] as string })
    } catch {
      /* not JSON */
    }
  }
  for (const [k, v] of parseForm(ex.requestBody)) if (JWT.test(v)) out.push({ label: `${k} sent`, token: v })
  return out
}
