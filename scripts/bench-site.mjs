// `npm run bench:site`: build, serve the seeded database, and measure the public pages with autocannon.
// Loopback only; each page is loaded for a fixed time and count, then the server is stopped.
import autocannon from 'autocannon'
import { startBenchServer } from './benchServer.mjs'

const port = Number(process.env.BENCH_PORT ?? 3200)
const seconds = Number(process.env.BENCH_SECONDS ?? 15)
const connections = Number(process.env.BENCH_CONNECTIONS ?? 20)
const pages = {
  home: '/en',
  event: '/en/events/days-of-kazakh-cinema-brussels-2025',
  film: '/en/films/road-to-mother',
}

const { stop } = await startBenchServer({ name: 'bench-site', port })
try {
  const rows = []
  for (const [name, page] of Object.entries(pages)) {
    const url = `http://localhost:${port}${page}`
    await fetch(url) // warm: the first request may render and cache the page
    const result = await autocannon({ url, connections, duration: seconds })
    rows.push({
      page: name,
      'req/s': Math.round(result.requests.average),
      'p50 ms': result.latency.p50,
      'p99 ms': result.latency.p99,
      errors: result.errors + result.timeouts + result.non2xx,
      requests: result.requests.total,
    })
  }
  console.log(`\n${connections} connections, ${seconds} s per page, loopback:`)
  console.table(rows)
} finally {
  stop()
}
