// `npm run bench:load`: the production server on a seeded database, read hard and written at once.
// For BENCH_SECONDS (60) on loopback, autocannon reads public pages at BENCH_CONNECTIONS (100)
// while BENCH_WRITERS (6) embassy users keep saving report drafts through the portal's API
// (scripts/bench/load.mjs). They save at the portal form's autosave cadence, which is the judged
// figure; BENCH_SAVE_CADENCE=flat-out has them save back to back, for the write path's throughput.
// Zero errors and zero lost writes are the bar; the exit code says whether it was met.
// `npm run bench -- --only=load` runs the same on the benchmark's archive.
import { startBenchServer } from './benchServer.mjs'
import { runLoad } from './bench/load.mjs'

const port = Number(process.env.BENCH_PORT ?? 3200)
const seconds = Number(process.env.BENCH_SECONDS ?? 60)
const connections = Number(process.env.BENCH_CONNECTIONS ?? 100)
const writers = Number(process.env.BENCH_WRITERS ?? 6)
const cadence = process.env.BENCH_SAVE_CADENCE === 'flat-out' ? 'flat-out' : 'autosave'

const { stop, origin, password, databaseFile } = await startBenchServer({ name: 'bench-load', port })
try {
  const load = await runLoad({
    origin,
    password,
    databaseFile,
    seconds,
    connections,
    writers,
    cadence,
  })
  console.log(
    `\n${seconds} s on loopback: ${connections} connections reading ${load.pages.length} public pages, ${writers} embassy users saving drafts (${cadence === 'flat-out' ? 'back to back' : "at the form's autosave cadence"}).`,
  )
  console.table([
    {
      what: 'public pages',
      'req/s': load.reads.rps,
      'p50 ms': load.reads.p50,
      'p99 ms': load.reads.p99,
      requests: load.reads.requests,
      errors: load.reads.errors,
    },
    {
      what: 'draft saves',
      'req/s': load.saves.perSecond,
      'p50 ms': load.saves.p50,
      'p99 ms': load.saves.p99,
      requests: load.saves.acknowledged + load.saves.errors,
      errors: load.saves.errors,
    },
  ])
  console.log(`Drafts checked in the database: ${load.drafts}, lost writes: ${load.lost}.`)
  const met = load.reads.errors === 0 && load.saves.errors === 0 && load.lost === 0
  console.log(
    met ? '✓ Zero errors and zero lost writes.' : '✗ The bar (zero errors, zero lost writes) was not met.',
  )
  process.exitCode = met ? 0 : 1
} finally {
  stop()
}
