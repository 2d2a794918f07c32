// Lighthouse's four scores on mobile emulation (its default), in Debian's Chromium, median of
// `runs` per page; CLS beside them.
import fs from 'node:fs'
import path from 'node:path'
import * as chromeLauncher from 'chrome-launcher'
import lighthouse from 'lighthouse'
import { chromiumFlags, chromiumPath } from './browser.mjs'

const categories = ['performance', 'accessibility', 'best-practices', 'seo']
// Each run's full report, to read what cost a score (LCP element, unused JS, render-blocking CSS).
const reportDir = path.resolve('.test-runs', 'bench', 'lighthouse')
const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]

/** One Lighthouse run in a fresh browser; a run whose trace broke (NO_NAVSTART) is run again. */
const runLighthouse = async (url, attempts = 3) => {
  const chrome = await chromeLauncher.launch({
    chromePath: chromiumPath,
    chromeFlags: ['--headless=new', ...chromiumFlags],
  })
  try {
    const { lhr } = await lighthouse(url, {
      port: chrome.port,
      output: 'json',
      logLevel: 'error',
      onlyCategories: categories,
    })
    // A broken trace scores performance 0: a fault of the recording, not of the page.
    if (lhr.runtimeError && attempts > 1) {
      console.log(`  ${url}: ${lhr.runtimeError.code}, running again`)
      return runLighthouse(url, attempts - 1)
    }
    return lhr
  } finally {
    await chrome.kill()
  }
}

export const measureLighthouse = async ({ origin, pages, runs }) => {
  fs.rmSync(reportDir, { recursive: true, force: true })
  fs.mkdirSync(reportDir, { recursive: true })
  const results = {}
  for (const [name, pagePath] of Object.entries(pages)) {
    const scores = []
    for (let i = 0; i < runs; i++) {
      const lhr = await runLighthouse(`${origin}${pagePath}`)
      fs.writeFileSync(path.join(reportDir, `${name}-${i + 1}.json`), JSON.stringify(lhr))
      scores.push({
        ...Object.fromEntries(
          categories.map((id) => [id, Math.round((lhr.categories[id]?.score ?? 0) * 100)]),
        ),
        cls: lhr.audits['cumulative-layout-shift']?.numericValue ?? null,
        // Lighthouse's measure of this machine's CPU at the time: a low one explains a low score.
        benchmarkIndex: lhr.environment?.benchmarkIndex ?? null,
      })
    }
    results[name] = {
      path: pagePath,
      ...Object.fromEntries(
        [...categories, 'cls', 'benchmarkIndex'].map((id) => [id, median(scores.map((score) => score[id]))]),
      ),
      runs: scores,
    }
    console.log(
      `  ${name.padEnd(16)} ${categories.map((id) => `${id} ${results[name][id]}`).join('  ')}  CLS ${results[name].cls}  CPU benchmarkIndex ${results[name].benchmarkIndex}`,
    )
  }
  return results
}
