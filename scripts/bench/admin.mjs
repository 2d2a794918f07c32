// The admin's first render in a fresh browser (no cache, signed in as an editor): from navigation
// until the list's first row, or the edit form's title field, is visible. Median of `runs`.
import { chromium } from 'playwright'
import { chromiumFlags, chromiumPath } from './browser.mjs'

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]

export const measureAdmin = async ({ origin, token, eventId, runs = 3 }) => {
  const views = {
    'events list': { path: '/admin/collections/events', ready: 'table tbody tr' },
    'screenings list': { path: '/admin/collections/screenings', ready: 'table tbody tr' },
    'event edit view': { path: `/admin/collections/events/${eventId}`, ready: '#field-title' },
  }
  const browser = await chromium.launch({ executablePath: chromiumPath, args: chromiumFlags })
  const results = {}
  try {
    for (const [name, { path, ready }] of Object.entries(views)) {
      const times = []
      for (let i = 0; i < runs; i++) {
        const context = await browser.newContext()
        const { hostname } = new URL(origin)
        await context.addCookies([{ name: 'payload-token', value: token, domain: hostname, path: '/' }])
        const page = await context.newPage()
        const started = performance.now()
        await page.goto(`${origin}${path}`, { waitUntil: 'commit' })
        await page.locator(ready).first().waitFor({ state: 'visible', timeout: 60_000 })
        times.push(Math.round(performance.now() - started))
        await context.close()
      }
      results[name] = { path, first: times[0], median: median(times), runs: times }
      console.log(`  ${name.padEnd(16)} ${times.join(', ')} ms`)
    }
  } finally {
    await browser.close()
  }
  return results
}
