// Every catalog row's test text, by row id (the team's own wording; see the *.cases.ts files).
import { ENTRA_CASES } from './entra.cases.ts'
import { JWT_CASES } from './jwt.cases.ts'
import { TOOL_CASES } from './tools.cases.ts'
import { VENDOR_CASES } from './vendors.cases.ts'

export const ERROR_CASES: Readonly<Record<string, string>> = {
  ...ENTRA_CASES,
  ...VENDOR_CASES,
  ...TOOL_CASES,
  ...JWT_CASES,
}

/** Ordinary sentences that mention the same words; no catalog row may fire on them. */
export const NEGATIVE_CONTROLS: readonly string[] = [
  'The audience applauded when the demo finally worked.',
  'Please add your redirect URI in the settings page and try again.',
  'Our token endpoint returned 200 and everything is fine.',
  'The session is not active on weekends, according to the schedule.',
  'The promo code not valid message appears on the shop page.',
  'We store the refresh token in the keychain and rotate it daily.',
  'The signature pads at the front desk have expired warranties.',
  'There are not enough segments in the chart to show the trend.',
  'The client was not found in the CRM export, so we added it by hand.',
  'Authorization headers are forwarded by our proxy without changes.',
  'Make sure the server is running before you connect the client.',
  'This connector is safe to use in production.',
  'The resource parameter is described in RFC 8707 and we send it.',
  'I got an email about the invalidation of my target date.',
  'The user is assigned to the sales team and the app works.',
  'Error 404 when loading the docs page, fixed by clearing the cache.',
  'Our JWT library validates the audience and the issuer on each call.',
  'Dynamic client registration works fine with our staging server.',
  'The offer expired yesterday; the jwt was renewed this morning.',
  'We wrote a policy for the client and evaluated it twice.',
]
