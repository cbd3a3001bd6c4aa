// Which fields a failing finding points at (highlighted). What the entry view masks until
// "Reveal" is pressed is in mask.ts.

// Masking lives in mask.ts; these names stay for existing imports, and test names by its rule.
import { isSecretName } from './mask.ts'
export { mask, isSecretName } from './mask.ts'

class SecretNames extends Set<string> {
  override has(name: string): boolean {
    return isSecretName(name)
  }
}
export const SECRET_HEADERS: ReadonlySet<string> = new SecretNames()
export const SECRET_PARAMS: ReadonlySet<string> = new SecretNames()

/** Field names each rule's evidence lives in (parameters, headers, JSON members, claims). */
const FIELDS_BY_RULE_PREFIX: [RegExp, string[]][] = [
  [/^resource\.|^refresh\.resource|^prm\.resource/, ['resource']],
  [/^pkce\.challenge|^pkce\.method/, ['code_challenge', 'code_challenge_method']],
  [/^pkce\.verifier/, ['code_verifier', 'code_challenge']],
  [/^state\.|^callback\.state/, ['state']],
  [/redirect-uri/, ['redirect_uri', 'redirect_uris']],
  [/^discovery\./, ['www-authenticate', 'access-control-expose-headers']],
  [/^aud\./, ['aud']],
  [/^at\.iss|^iss\.|^asmeta\.issuer/, ['iss', 'issuer']],
  [/^at\.expired/, ['exp']],
  [/^asmeta\.pkce/, ['code_challenge_methods_supported']],
  [/^prm\.authorization-servers/, ['authorization_servers']],
  [/^callback\.error|^token\.response|^refresh\.response|^dcr\.response/, ['error', 'error_description']],
  [/^mcp\.auth-header/, ['authorization']],
  [/^mcp\.401|^mcp\.403/, ['www-authenticate']],
]

export function highlightedFields(rules: readonly string[]): Set<string> {
  const out = new Set<string>()
  for (const rule of rules)
    for (const [re, fields] of FIELDS_BY_RULE_PREFIX) if (re.test(rule)) fields.forEach((f) => out.add(f))
  return out
}
