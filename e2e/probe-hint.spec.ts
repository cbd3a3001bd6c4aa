import { expect, test } from '@playwright/test'
import { expectState, watch } from './helpers.ts'
import { analyzeProbe } from '../src/core/probe/analyze-probe.ts'
import { trailingSlashResourceProbe } from '../fixtures/builder/probe-record.ts'

// The page never probes (issue 15 item 4): it shows the command, and joins the JSON pasted back.
const MCP = 'https://mcp.example.com/tenant/mcp'
const PRM = 'https://mcp.example.com/.well-known/oauth-protected-resource/tenant/mcp'
const record = trailingSlashResourceProbe(MCP, PRM)

test('the report shows the probe command and joins a pasted probe report, no request', async ({ page, baseURL }) => {
  const seen = watch(page, baseURL!)
  await page.goto('/')
  await page.getByRole('button', { name: /Copilot Studio × WorkOS: proxy capture/ }).click()
  await expectState(page, 'ready')
  const hint = page.getByRole('region', { name: 'Probe the server' })
  await expect(hint.locator('[data-probe-command]')).toHaveText(`npx mcp-oauth-har probe ${MCP} --json > probe.json`)
  await hint.getByLabel('Probe report (JSON)').fill('{"schema":"x"}')
  await hint.getByRole('button', { name: 'Join the probe' }).click()
  await expect(hint.getByRole('status')).toContainText('not an mcp-oauth-har report')
  await hint.getByLabel('Probe report (JSON)').fill(JSON.stringify(analyzeProbe(record).report))
  await hint.getByRole('button', { name: 'Join the probe' }).click()
  await expect(page.getByRole('region', { name: 'Findings' })).toContainText('Probe: PRM resource')
  await expect(hint).toHaveCount(0)
  expect(seen.foreign).toEqual([])
})
