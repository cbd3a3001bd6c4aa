import { expect, test } from '@playwright/test'
import { readFileSync } from 'node:fs'
import { expectState, openFile, openProxyTokenEntry, watch } from './helpers.ts'
import { STORIES } from '../fixtures/builder/stories.ts'

const examples = JSON.parse(readFileSync(new URL('../public/examples/index.json', import.meta.url), 'utf8')) as {
  id: string
  title: string
}[]
// Expectations come from the story definitions (written from the domain notes), never from goldens.
const storyOf = (id: string) => STORIES.find((s) => s.id === id)!
const PARTY: Record<string, string> = {
  client: 'the MCP client',
  'mcp-server': 'the MCP server',
  'authorization-server': 'the authorization server',
}

test('the journey: start page → example → verdict, audience, findings, flow, entry; nothing leaves the origin', async ({
  page,
  baseURL,
}) => {
  const seen = watch(page, baseURL!)
  await page.goto('/')
  await expectState(page, 'idle')
  await page.getByRole('button', { name: /Copilot Studio × WorkOS: proxy capture/ }).click()
  await expectState(page, 'ready')
  await expect(page.getByRole('region', { name: 'Verdict' })).toContainText(
    'sent no resource in the authorization request',
  )
  await expect(page.getByRole('region', { name: 'Verdict' })).toContainText('the MCP client')
  const audience = page.getByRole('region', { name: 'Audience' })
  await expect(audience.locator('mark')).toContainText('client_01J8ZKQ4Y7W3N5V9B2C6D8F0GH')
  await page
    .getByRole('region', { name: 'Flow' })
    .getByRole('button', { name: /token → 200, entry 5/ })
    .click()
  await expect(page.getByRole('region', { name: 'Entry', exact: true })).toContainText('Entry #5')
  // The issued access token is decoded inline, with its aud claim explained.
  await expect(
    page.getByRole('region', { name: 'Entry', exact: true }).getByRole('row', { name: /^aud / }),
  ).toContainText('client_01J8ZKQ4Y7W3N5V9B2C6D8F0GH')
  expect(page.url()).toMatch(/[#&]entry=5$/)
  expect(seen.foreign).toEqual([])
  expect(seen.errors).toEqual([])
})

for (const ex of examples) {
  test(`example "${ex.title}" shows the verdict and rule IDs its story expects`, async ({ page }) => {
    const expected = storyOf(ex.id).expect
    await page.goto('/')
    await page.getByRole('button', { name: ex.title }).click()
    await expectState(page, 'ready')
    // Outcome first: <main data-outcome>, then who must act; rule IDs only inside findings (PRODUCT §10).
    await expect(page.locator('main')).toHaveAttribute('data-outcome', expected.outcome)
    const verdict = page.getByRole('region', { name: 'Verdict' })
    if (expected.party) await expect(verdict).toContainText(PARTY[expected.party]!)
    if (expected.confidence) await expect(verdict).toContainText(`Confidence: ${expected.confidence}`)
    const findings = page.getByRole('region', { name: 'Findings' })
    if (expected.rootCause) {
      const root = findings.locator('li.finding.root')
      await expect(root).toContainText('root cause')
      await expect(root.locator('code.rule', { hasText: expected.rootCause })).toHaveCount(1)
    } else await expect(findings.locator('li.finding.root')).toHaveCount(0)
    for (const rule of [...(expected.fails ?? []), ...(expected.unknowns ?? [])])
      await expect(findings).toContainText(rule)
  })
}

test('a shared-looking URL hash selects an entry once the file is analysed', async ({ page }) => {
  await page.goto('/#entry=3')
  await page.getByRole('button', { name: /Copilot Studio × WorkOS: proxy capture/ }).click()
  await expect(page.getByRole('region', { name: 'Entry', exact: true })).toContainText('Entry #3')
})

test('the production build carries the CSP that keeps captures in the page', async ({ page }) => {
  await page.goto('/')
  const csp = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content')
  expect(csp).toContain("connect-src 'self'")
  expect(csp).toContain("default-src 'self'")
  expect(csp).toContain("object-src 'none'")
  // The same policy, plus frame-ancestors and Referrer-Policy, as headers for static hosts.
  const headers = readFileSync(new URL('../dist/_headers', import.meta.url), 'utf8')
  expect(headers).toContain(`Content-Security-Policy: ${csp}; frame-ancestors 'none'`)
  expect(headers).toContain('Referrer-Policy: no-referrer')
  expect(await page.locator('meta[name="referrer"]').getAttribute('content')).toBe('no-referrer')
})

test('secrets are masked until Reveal is pressed', async ({ page }) => {
  const detail = await openProxyTokenEntry(page)
  await detail.getByRole('tab', { name: 'Payload' }).click()
  await expect(detail.getByRole('tabpanel')).toContainText('code_verifier')
  await expect(detail).not.toContainText('CANARY-verifier')
  await detail.getByRole('button', { name: 'Reveal secrets' }).click()
  await expect(detail).toContainText('CANARY-verifier')
})

test('a second file replaces the first without a reload', async ({ page }) => {
  await page.goto('/')
  await page.getByRole('button', { name: /Copilot Studio × WorkOS: proxy capture/ }).click()
  await expectState(page, 'ready')
  await openFile(
    page,
    'healthy.har',
    readFileSync(new URL('../public/examples/claude-ai-workos-healthy.har', import.meta.url)),
  )
  await expect(page.getByRole('region', { name: 'Verdict' })).toContainText('No failure found')
})
