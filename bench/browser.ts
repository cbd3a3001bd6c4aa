// Browser figures (not a test): time to verdict in Chromium for a capture, next to the same
// browser's File.text() + JSON.parse of the same file, and the longest main-thread task meanwhile.
import { spawn, execFileSync } from 'node:child_process'
import { chromium, type Browser, type Page } from 'playwright-core'
import { chromiumArgs, findChromium } from '../scripts/chromium-path.mjs'
import { freePort } from '../scripts/free-port.mjs'

export interface BrowserFigures {
  file: string
  verdictMs: number
  /** From the input's change event to the verdict's DOM, in the page: the same clock as the baseline,
   * without Playwright's file hand-over and polling (70–150 ms of `verdictMs`). */
  verdictInPageMs: number
  jsonParseMs: number | string
  /** The longest main-thread task over all runs, and the median run's longest, from the file's
   * choice until a second after the requests table's first rows are on screen. */
  longestTaskMs: number
  medianLongestTaskMs: number
  /** Of those, the longest after the verdict is on screen: the table's mount (median run). */
  medianLongestAfterVerdictMs: number
  /** From the verdict's DOM to the table's first rows in the DOM, in the page (median). */
  tableAfterVerdictMs: number
  entries: string
  /** From unchecking "Auth-related only" to "N of N requests" on screen (median), and the longest
   * main-thread task meanwhile and in the half second after (over all runs). */
  allRowsMs: number
  longestAllRowsTaskMs: number
  /** The same for sorting all rows by path, then keeping only 2xx (the longest over both). */
  longestSortFilterTaskMs: number
}

async function measureOnce(browser: Browser, port: number, file: string) {
  const page = await browser.newPage()
  await page.goto(`http://127.0.0.1:${port}/`)
  await page.evaluate(() => {
    type W = { __long: [number, number][]; __chosen?: number; __shown?: number; __table?: number }
    const w = window as unknown as W
    w.__long = []
    new PerformanceObserver((l) => {
      for (const e of l.getEntries()) w.__long.push([e.startTime, e.duration])
    }).observe({ type: 'longtask', buffered: false })
    document.addEventListener('change', () => (w.__chosen ??= performance.now()), true)
    // The table is shown when its first row (or its "0 of N" count) is in the DOM.
    new MutationObserver(() => {
      if (/^(ready|error)$/.test(document.querySelector('main')?.dataset.state ?? '')) w.__shown ??= performance.now()
      const requests = document.querySelector('section[aria-label="Requests"]')
      if (
        requests &&
        (requests.querySelector('tbody tr') || /^0 of/.test(requests.querySelector('[role=status]')?.textContent ?? ''))
      )
        w.__table ??= performance.now()
    }).observe(document.body, { subtree: true, childList: true, attributes: true, attributeFilter: ['data-state'] })
  })
  const t0 = Date.now()
  await page.getByLabel('Open HAR file').first().setInputFiles(file)
  // Waits read the page's own marks: a locator's visibility check would force a layout in the
  // page, a main-thread task of Playwright's making counted among the product's.
  await page.waitForFunction(() => (window as unknown as { __shown?: number }).__shown !== undefined, null, {
    timeout: 600_000,
  })
  const verdictMs = Date.now() - t0
  await page.waitForFunction(() => (window as unknown as { __table?: number }).__table !== undefined, null, {
    timeout: 60_000,
  })
  // A second after the first rows, so the tasks that follow them (the share projection, effects)
  // have run and been reported too.
  await page.waitForTimeout(1000)
  const { longest, longestAfterVerdict, verdictInPageMs, tableAfterVerdictMs, tasks, verdictAt } = await page.evaluate(
    () => {
      const w = window as unknown as { __long: [number, number][]; __chosen: number; __shown: number; __table: number }
      // Tasks that end before the change event are the page's load and Playwright's hand-over.
      const since = w.__long.filter(([start, d]) => start + d > w.__chosen)
      const after = since.filter(([start, d]) => start + d > w.__shown).map(([, d]) => d)
      return {
        longest: Math.max(0, ...since.map(([, d]) => d)),
        longestAfterVerdict: Math.max(0, ...after),
        verdictInPageMs: Math.round(w.__shown - w.__chosen),
        tableAfterVerdictMs: Math.round(w.__table - w.__shown),
        tasks: w.__long.map(([start, d]) => `${Math.round(start - w.__chosen)}+${Math.round(d)}`),
        verdictAt: Math.round(w.__shown - w.__chosen),
      }
    },
  )
  const entries = (await page.getByRole('region', { name: 'Verdict' }).locator('.muted').first().textContent()) ?? ''
  if (process.env.BENCH_DEBUG)
    console.error(`long tasks (start+duration ms after change): ${tasks.join(' ')}; verdict at ${verdictAt}`)
  const allRows = await measureAllRows(page)
  // The baseline: the same file through File.text() and JSON.parse in a fresh page of the same browser.
  await page.goto(`http://127.0.0.1:${port}/`)
  await page.evaluate(() => {
    const i = document.createElement('input')
    i.type = 'file'
    i.id = 'baseline-input'
    document.body.append(i)
  })
  await page.locator('#baseline-input').setInputFiles(file)
  const jsonParseMs = await page.evaluate(async () => {
    const f = (document.getElementById('baseline-input') as HTMLInputElement).files![0]!
    const t = performance.now()
    try {
      JSON.parse(await f.text())
      return performance.now() - t
    } catch (e) {
      return `fails: ${String((e as Error).message).slice(0, 80)}`
    }
  })
  await page.close()
  return {
    verdictMs,
    verdictInPageMs,
    jsonParseMs,
    longest: Math.round(longest),
    longestAfterVerdict: Math.round(longestAfterVerdict),
    tableAfterVerdictMs,
    entries,
    ...allRows,
  }
}

/** Runs `act` in the page and waits until the table's count reads "N of N requests" (`all`) or
 * has no "(loading…)" left; returns how long that took and the longest task from `act` to half a
 * second after. Clicks are made in the page: Playwright's own would force layouts of its own. */
async function timedTableChange(page: Page, act: string, all: boolean) {
  await page.evaluate((act) => {
    const w = window as unknown as { __acted: number }
    const requests = document.querySelector('section[aria-label="Requests"]')!
    w.__acted = performance.now()
    requests.querySelector<HTMLElement>(act)!.click()
  }, act)
  await page.waitForFunction(
    (all) => {
      const text = document.querySelector('section[aria-label="Requests"] [role=status]')?.textContent ?? ''
      const m = /^([\d,]+) of ([\d,]+) requests$/.exec(text)
      if (!m || (all && m[1] !== m[2])) return false
      const w = window as unknown as { __settled?: number }
      w.__settled = performance.now()
      return true
    },
    all,
    { timeout: 120_000 },
  )
  await page.waitForTimeout(500)
  return page.evaluate(() => {
    const w = window as unknown as { __long: [number, number][]; __acted: number; __settled: number }
    const since = w.__long.filter(([start, d]) => start + d > w.__acted).map(([, d]) => d)
    return { ms: Math.round(w.__settled - w.__acted), longest: Math.round(Math.max(0, ...since)) }
  })
}

async function measureAllRows(page: Page) {
  const all = await timedTableChange(page, 'input[type=checkbox]', true)
  const sort = await timedTableChange(page, 'th:nth-child(8) button', false) // Path
  const filter = await timedTableChange(page, '.chip-filter:nth-child(2)', false) // 2xx
  if (process.env.BENCH_DEBUG) console.error(`all rows ${JSON.stringify(all)} sort ${JSON.stringify(sort)}`)
  return {
    allRowsMs: all.ms,
    longestAllRowsTaskMs: all.longest,
    longestSortFilterTaskMs: Math.max(sort.longest, filter.longest),
  }
}

export async function browserFigures(files: string[]): Promise<BrowserFigures[]> {
  execFileSync('npx', ['vite', 'build', '--logLevel', 'silent'], { stdio: 'inherit' })
  const PORT = await freePort()
  const server = spawn('npx', ['vite', 'preview', '--host', '127.0.0.1', '--port', String(PORT), '--strictPort'], {
    stdio: 'ignore',
    detached: true,
  })
  const out: BrowserFigures[] = []
  try {
    for (let i = 0; i < 100; i++) {
      try {
        if ((await fetch(`http://127.0.0.1:${PORT}/`)).ok) break
      } catch {
        /* not up yet */
      }
      await new Promise((r) => setTimeout(r, 100))
    }
    const browser = await chromium.launch({
      executablePath: findChromium(),
      args: [...chromiumArgs],
    })
    const runs = Number(process.env.BENCH_RUNS ?? 5)
    for (const file of files) {
      // Verdict and baseline alternate, each in a fresh page; medians, since the VM is noisy.
      const samples: Awaited<ReturnType<typeof measureOnce>>[] = []
      for (let i = 0; i < runs; i++) samples.push(await measureOnce(browser, PORT, file))
      const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!
      const parsed = samples.map((x) => x.jsonParseMs).filter((x): x is number => typeof x === 'number')
      out.push({
        file,
        verdictMs: median(samples.map((x) => x.verdictMs)),
        verdictInPageMs: median(samples.map((x) => x.verdictInPageMs)),
        jsonParseMs: parsed.length ? median(parsed) : samples[0]!.jsonParseMs,
        longestTaskMs: Math.max(...samples.map((x) => x.longest)),
        medianLongestTaskMs: median(samples.map((x) => x.longest)),
        medianLongestAfterVerdictMs: median(samples.map((x) => x.longestAfterVerdict)),
        tableAfterVerdictMs: median(samples.map((x) => x.tableAfterVerdictMs)),
        entries: samples[0]!.entries,
        allRowsMs: median(samples.map((x) => x.allRowsMs)),
        longestAllRowsTaskMs: Math.max(...samples.map((x) => x.longestAllRowsTaskMs)),
        longestSortFilterTaskMs: Math.max(...samples.map((x) => x.longestSortFilterTaskMs)),
      })
    }
    await browser.close()
  } finally {
    process.kill(-server.pid!)
  }
  return out
}
