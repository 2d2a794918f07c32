// `npm run bench:site`: build, serve the seeded database, and measure the public pages with autocannon.
// Loopback only; each page is loaded for a fixed time and count, then the server is stopped.
import { gzipSync } from 'node:zlib'
import autocannon from 'autocannon'
import { startBenchServer } from './benchServer.mjs'

const port = Number(process.env.BENCH_PORT ?? 3200)
const seconds = Number(process.env.BENCH_SECONDS ?? 15)
const connections = Number(process.env.BENCH_CONNECTIONS ?? 50)
// The framework's floor first (a static route of the same server), so each page reads as a share of it.
const pages = {
  floor: '/robots.txt',
  home: '/en',
  event: '/en/events/days-of-kazakh-cinema-brussels-2025',
  film: '/en/films/road-to-mother',
  events: '/en/events',
  'events filtered': '/en/events?country=BE&year=2025',
  'films filtered': '/ru/films?genre=historical',
  country: '/en/countries/be',
  search: '/ru/search?q=%D0%91%D1%80%D1%8E%D1%81%D1%81%D0%B5%D0%BB',
  report: '/en/reports/days-of-kazakh-cinema-brussels-2025-report',
  'events.ics': '/events.ics',
}

/** JavaScript a page loads (its <script src>), gzip bytes: what a reader's browser downloads. */
const scriptBytes = async (origin, html) => {
  const sources = [...new Set([...html.matchAll(/<script[^>]+src="([^"]+)"/g)].map((match) => match[1]))]
  let total = 0
  for (const src of sources)
    total += gzipSync(Buffer.from(await (await fetch(new URL(src, origin))).arrayBuffer())).length
  return total
}

const { stop } = await startBenchServer({ name: 'bench-site', port })
try {
  const rows = []
  const origin = `http://localhost:${port}`
  for (const [name, page] of Object.entries(pages)) {
    const url = `http://localhost:${port}${page}`
    // Warm: the first request may render and cache the page.
    const html = await (await fetch(url)).text()
    const bytes = Buffer.byteLength(html)
    const js = /<html/.test(html) ? Math.round((await scriptBytes(origin, html)) / 1024) : ''
    const result = await autocannon({ url, connections, duration: seconds })
    rows.push({
      page: name,
      bytes,
      'JS KB gz': js,
      'req/s': Math.round(result.requests.average),
      'p50 ms': result.latency.p50,
      'p99 ms': result.latency.p99,
      errors: result.errors + result.timeouts + result.non2xx,
      requests: result.requests.total,
    })
  }
  const floor = rows[0]['req/s']
  for (const row of rows) row['of floor'] = `${Math.round((row['req/s'] / floor) * 100)}%`
  console.log(`\n${connections} connections, ${seconds} s per page, loopback:`)
  console.table(rows)
} finally {
  stop()
}
