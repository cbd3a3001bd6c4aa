// The patterns prose facts are read with: aud and expected audience, resource sent / not sent,
// PRM resource, issuer, client id, JWT, token issued, missing Authorization, hidden or blocked
// headers, PKCE not advertised. Values may be quoted or in code spans; placeholders are kept.
import { anyOf } from './any-of.ts'

export const V = `["'\`]*([^\\s"'\`,;)\\]]{2,200})["'\`]*`
export const URLV = `["'\`]*((?:https?:\\/\\/|\\$\\{)[^\\s"'\`,;)\\]]+)["'\`]*`
export const NOT_A_VALUE = new RegExp(
  String.raw`^(claim|claims|value|values|field|to|is|was|the|a|an|mismatch|validation|check|of|in|and|or|se` +
    String.raw`t|does|not|must|should|that|this|it|null|undefined|none|empty)$`,
  'i',
)

export const AUD = new RegExp(
  `["'\`]?\\baud(?:ience)?\\b["'\`]?(?:\\s+claim)?\\s*(?:[:=]|\\bis set to\\b|\\bset to\\b|\\bis\\b|` +
    `\\bwas\\b|\\bequals?\\b|\\bof\\b)\\s*(the\\s+client[_ ]?id\\s+)?${V}(\\s*\\((?:the\\s+)?[^)]{0,40}` +
    `client[_ ]?id[^)]{0,30}\\))?|\\baud\\s+(client_[0-9A-Za-z]{6,}|https?:\\/\\/[^\\s"'\`,;)]+)`,
  'gi',
)
export const EXPECTED_AUD = new RegExp(
  `(?:\\bexpected\\s+(?:audience|aud)|\\bValidAudiences?|\\b(?:validates?|checks?|requires?|expects?)` +
    `\\s+(?:that\\s+)?["'\`]?aud["'\`]?\\s*(?:==|===|=|is|to be|equals?))\\s*[:=]?\\s*${V}`,
  'gi',
)
export const MISMATCH = new RegExp(
  `audience[^\\n]{0,40}?(?:mismatch|invalid|not allowed|validation failed)[^\\n]{0,80}?(?:got|receive` +
    `d|actual|was)\\s*[:=]?\\s*${V}[\\s\\S]{0,40}?expected\\s*[:=]?\\s*${V}`,
  'gi',
)
export const MISMATCH_REVERSED = new RegExp(
  `audience[^\\n]{0,40}?(?:mismatch|invalid|not allowed|validation failed)[^\\n]{0,80}?expected\\s*[:` +
    `=]?\\s*${V}[\\s\\S]{0,40}?(?:got|received|actual|found)\\s*[:=]?\\s*${V}`,
  'gi',
)
/** .NET and similar validators list what the token carried: "Audiences: 'a, b'". */
export const AUD_LIST = /\bAudiences?\s*[:=]\s*['"`]([^'"`\n]{2,300})['"`]/g
export const PRM_RESOURCE = new RegExp(
  `\\b(?:protected[ -]resource(?:\\s+metadata)?|PRM|oauth-protected-resource\\S*|metadata)\\b[^\\n.]{` +
    `0,80}?\\b(?:declares|returns|advertises|says|lists|has|with|gives|serves)\\b[^\\n]{0,24}?\\bresour` +
    `ce\\b["'\`]?\\s*(?:as\\s+(?:an?\\s+URL)?\\s*)?[:=]?\\s*${URLV}`,
  'gi',
)
export const RESOURCE_KV = new RegExp(`["'\`]resource["'\`]\\s*:\\s*${URLV}|\\bresource:\\s*${URLV}`, 'gi')
/** The MCP TypeScript SDK's check of PRM `resource` against the server URL (RFC 9728 §3.3). */
export const PROTECTED_MISMATCH = new RegExp(
  `Protected resource\\s+${URLV}\\s+does not match expected\\s+${URLV}`,
  'gi',
)
export const RESOURCE_SENT = new RegExp(
  `\\bresource\\b(?:\\s+param(?:eter)?)?\\s+(?:is\\s+|was\\s+|gets\\s+)?sent\\s+as\\s+${URLV}|(?<![?&` +
    `\\w])resource=${URLV}|\\bsen(?:d|ds|t)\\s+(?:the\\s+)?resource(?:\\s+param(?:eter)?)?\\s*(?:[=:]|` +
    `\\s+as)?\\s*${URLV}`,
  'gi',
)
export const RESOURCE_NOT_SENT = anyOf(
  'gi',
  new RegExp(
    String.raw`\b(?:(?:does|do|did)\s*n[o']?t|never|not)\s+(?:send|include|pass|forward|add)\w*\s+(?:the\s+|a` +
      String.raw`\s+|any\s+)?(?:RFC\s*8707\s+)?[\`"']?resource\b(?![_-])(?!["'\`]?\s+claim)`,
    '',
  ),
  new RegExp(
    String.raw`\b(?:no|without(?:\s+a)?|missing(?:\s+the)?|omits?(?:\s+the)?)\s+[\`"']?resource\b(?![_-])[\`"` +
      String.raw`']?(?!\s+claim)(?:\s+(?:param(?:eter)?|indicator))?`,
    '',
  ),
  /\bresource\b[`"']?\s+(?:param(?:eter)?\s+)?(?:is|was)\s+(?:not|never)\s+(?:sent|included|passed)/,
)
export const ISSUER = new RegExp(
  `["'\`]?\\b(?:issuer|iss)\\b["'\`]?\\s*[:=]\\s*${URLV}|\\bauthorization_servers["'\`]?\\s*[:=]\\s*\\[?\\s*${URLV}`,
  'gi',
)
export const CLIENT_ID = new RegExp(`["'\`]?\\bclient[_ ]?id\\b["'\`]?\\s*(?:[:=]|\\bis\\b)\\s*${V}`, 'gi')
export const JWT = /eyJ[A-Za-z0-9_-]{8,}\.[A-Za-z0-9_-]{8,}\.[A-Za-z0-9_-]*/g
export const TOKEN_ISSUED = new RegExp(
  String.raw`\b(?:access token (?:is|was) (?:issued|returned|obtained)|token exchange \(?(?:succeeds|succee` +
    String.raw`ded|SUCCESS)\)?|OAuth (?:flow )?(?:completes|completed) successfully|(?:obtains?|obtained|gets` +
    String.raw`?|got|receives?|received) (?:an? |the )?(?:valid )?access token|200 OK on \S*token)`,
  'gi',
)
export const NO_AUTH = anyOf(
  'gi',
  /\b(?:without|no|missing)\s+(?:any\s+|an\s+|the\s+)?`?Authorization`?(?::\s*Bearer)?(?:\s+header)?\b/,
  /\bauth(?:orization)?\s+header\s+present:\s*false/,
  /\bnot\s+send(?:ing)?\s+(?:the\s+)?(?:bearer\s+|access\s+)token\b/,
  /\bAuthorization header (?:is\s+)?(?:missing|not sent|absent|empty)/,
)
export const HIDDEN = anyOf(
  'gi',
  /\bno\s+access-control-expose-headers\b/,
  /access-control-expose-headers\b[^\n]{0,30}\b(?:missing|not set|absent)\b/,
  /headers\.get\(\s*['"]WWW-Authenticate['"]\s*\)`?\s+(?:returns|is|gives)\s+`?null/,
  /WWW-Authenticate[^\n.]{0,40}\bnot exposed\b/,
)
export const CORS_BLOCKED = new RegExp(
  String.raw`Access to (?:fetch|XMLHttpRequest) at ['"\`]?(https?:\/\/[^\s'"\`]+)['"\`]? from origin ['"\`]` +
    String.raw`?[^\s'"\`]+['"\`]? has been blocked by CORS policy`,
  'gi',
)
export const PKCE = anyOf(
  'gi',
  /\bdoes\s*n[o']?t\s+support\s+(?:the\s+)?(?:code[_ ]challenge[_ ]method\s+|PKCE\s+)?S256\b/,
  /\b(?:no|without|missing|lacks?|omits?)\s+`?code_challenge_methods_supported/,
  /\bdoes\s*n[o']?t\s+(?:include|advertise|list)\s+`?code_challenge_methods_supported/,
)
export const CHALLENGE_LACKS = anyOf(
  'gi',
  /\b(?:no|without|missing|lacks?)\s+(?:a\s+|the\s+)?`?resource_metadata`?/,
  /\bhas\s+no\s+`?resource_metadata/,
  /\b(?:no|without|missing)\s+(?:a\s+|the\s+)?`?WWW-Authenticate`?\s+header/,
)

/** Scopes said or quoted: `scope=openid mcp:read`, `"scopes_supported": ["a", "b"]`, `scopes: a b`. */
export const SCOPES =
  /\bscopes?(?:_supported)?["'`]?\s*[:=]\s*(\[[^\]\n]{0,200}\]|["'`][^"'`\n]{1,200}["'`]|[^\s,;&"'`]{1,200})/gi
/** `aud "x"` or aud `x`: the value quoted right after the claim name. */
export const AUD_QUOTED = /\baud\s+["'`]([^"'`\s]{2,200})["'`]/g
