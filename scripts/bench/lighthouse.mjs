// Lighthouse's four scores on mobile emulation (its default), in Debian's Chromium, median of
// `runs` per page; CLS beside them.
import * as chromeLauncher from 'chrome-launcher'
import lighthouse from 'lighthouse'
import { chromiumFlags, chromiumPath } from './browser.mjs'

const categories = ['performance', 'accessibility', 'best-practices', 'seo']
const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]

export const measureLighthouse = async ({ origin, pages, runs }) => {
  const results = {}
  for (const [name, path] of Object.entries(pages)) {
    const scores = []
    for (let i = 0; i < runs; i++) {
      const chrome = await chromeLauncher.launch({
        chromePath: chromiumPath,
        chromeFlags: ['--headless=new', ...chromiumFlags],
      })
      try {
        const { lhr } = await lighthouse(`${origin}${path}`, {
          port: chrome.port,
          output: 'json',
          logLevel: 'error',
          onlyCategories: categories,
        })
        scores.push({
          ...Object.fromEntries(
            categories.map((id) => [id, Math.round((lhr.categories[id]?.score ?? 0) * 100)]),
          ),
          cls: lhr.audits['cumulative-layout-shift']?.numericValue ?? null,
        })
      } finally {
        await chrome.kill()
      }
    }
    results[name] = {
      path,
      ...Object.fromEntries(
        [...categories, 'cls'].map((id) => [id, median(scores.map((score) => score[id]))]),
      ),
      runs: scores,
    }
    console.log(
      `  ${name.padEnd(16)} ${categories.map((id) => `${id} ${results[name][id]}`).join('  ')}  CLS ${results[name].cls}`,
    )
  }
  return results
}
