// The bundled examples grouped by what each one teaches, so a new user can pick the one that
// looks like their problem. Unknown ids (a newer examples index) land in "More examples".
export interface ExampleGroup {
  title: string
  ids: Record<string, string>
}

export const EXAMPLE_GROUPS: ExampleGroup[] = [
  {
    title: 'The token is for the wrong audience',
    ids: {
      'copilot-studio-workos-proxy':
        "The whole flow through a proxy: the client sends no resource, the token's aud " +
        'is the client id, the MCP server answers 401. Teaches reading aud against the resource.',
      'copilot-studio-workos-browser':
        'The same failure seen from the browser only: the authorize request lacks ' +
        "resource, the token exchange happens on the vendor's servers. Teaches what a browser capture cannot show.",
      'trailing-slash':
        'resource and aud carry a trailing slash the server does not. ' + 'Teaches that one character is enough.',
    },
  },
  {
    title: 'What a working flow looks like',
    ids: {
      'claude-ai-workos-healthy': 'resource, aud and the MCP URL agree. A reference to compare a failing capture with.',
      'entra-guid-accepted':
        'Entra ID v2 puts the app GUID in aud and the server accepts it. ' + 'Teaches vendor-specific audiences.',
    },
  },
  {
    title: 'Failures that hide or come later',
    ids: {
      'chrome-sanitized':
        'Chrome removed the Authorization headers: header checks become "unknown". ' + 'Teaches what to capture next.',
      'refresh-without-resource':
        'Works until the first refresh, which omits resource. ' + 'Teaches why a connection drops after an hour.',
    },
  },
]
