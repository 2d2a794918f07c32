// `npm run bench:load`: the production server on a seeded database, read hard and written at once.
// For BENCH_SECONDS (60) on loopback, autocannon reads public pages at BENCH_CONNECTIONS (100)
// while embassy users keep saving report drafts through the portal's API, as the form does. Then
// every draft is read back from the database: its last acknowledged save must be what is stored.
// Zero errors and zero lost writes are the bar; the exit code says whether it was met.
import autocannon from 'autocannon'
import { createClient } from '@libsql/client'
import { startBenchServer } from './benchServer.mjs'
import { eventLike, portalAPI, signInToAdmin, signInToPortal } from './portalClient.mjs'

const port = Number(process.env.BENCH_PORT ?? 3200)
const seconds = Number(process.env.BENCH_SECONDS ?? 60)
const connections = Number(process.env.BENCH_CONNECTIONS ?? 100)
const writers = Number(process.env.BENCH_WRITERS ?? 6)

const { stop, origin, password, databaseFile } = await startBenchServer({ name: 'bench-load', port })

const signIn = (email) => signInToPortal(origin, email, password)
const api = (cookies) => portalAPI(origin, cookies)

try {
  // Events like the embassies' past ones in the demo content: one report per embassy and event, so
  // every writer gets an event of its own.
  const editor = await signInToAdmin(origin, 'editor@example.org', password)
  const accounts = [
    { email: 'brussels@example.org', like: 'days-of-kazakh-cinema-brussels-2025' },
    { email: 'washington@example.org', like: 'road-to-mother-at-the-un-2026' },
  ]
  // Several writers per embassy, each on a draft of their own, saving as fast as the server answers.
  const drafts = []
  for (let i = 0; i < writers; i++) {
    const account = accounts[i % accounts.length]
    const call = api(await signIn(account.email))
    const created = await call('/portal/api/reports?locale=en', 'POST', {
      event: await eventLike(editor, account.like, `Load test event ${i + 1}`),
      title: `Load test draft ${i + 1}`,
    })
    if (created.status !== 201)
      throw new Error(`Could not start a draft: HTTP ${created.status} ${await created.text()}`)
    drafts.push({ id: (await created.json()).id, call, saves: 0, errors: 0, last: null })
  }

  const until = Date.now() + seconds * 1000
  const saveTimes = []
  const write = async (draft, index) => {
    while (Date.now() < until) {
      const body = `Draft ${index + 1}, save ${draft.saves + 1}: the hall was full and the discussion went on.`
      const started = performance.now()
      const response = await draft
        .call(`/portal/api/reports/${draft.id}?locale=en`, 'PATCH', {
          form: { title: `Load test draft ${index + 1}`, body },
        })
        .catch((error) => ({ status: 0, error }))
      saveTimes.push(performance.now() - started)
      if (response.status === 200) {
        draft.saves++
        draft.last = body
      } else {
        draft.errors++
        console.error(
          `save failed: HTTP ${response.status} ${response.error?.message ?? (await response.text?.())}`,
        )
      }
    }
  }

  const pages = [
    '/en',
    '/ru/events/days-of-kazakh-cinema-brussels-2025',
    '/kk/films/road-to-mother',
    '/en/events',
    '/en/reports/days-of-kazakh-cinema-brussels-2025-report',
  ]
  for (const page of pages) await fetch(`${origin}${page}`)
  const [reading] = await Promise.all([
    autocannon({
      url: origin,
      connections,
      duration: seconds,
      requests: pages.map((path) => ({ method: 'GET', path })),
    }),
    ...drafts.map(write),
  ])

  // What the database holds now, read directly: the server's answers are not evidence here.
  const db = createClient({ url: `file:${databaseFile}` })
  let lost = 0
  for (const draft of drafts) {
    const { rows } = await db.execute({
      sql: "SELECT body FROM reports_locales WHERE _parent_id = ? AND _locale = 'en'",
      args: [draft.id],
    })
    const stored = JSON.stringify(rows[0]?.body ?? '')
    if (!draft.last || !stored.includes(draft.last.replace(/"/g, '\\"'))) {
      lost++
      console.error(`draft ${draft.id}: last acknowledged save not in the database`)
    }
  }
  db.close()

  saveTimes.sort((a, b) => a - b)
  const percentile = (p) =>
    Math.round(saveTimes[Math.min(saveTimes.length - 1, Math.floor(saveTimes.length * p))] ?? 0)
  const saves = drafts.reduce((sum, draft) => sum + draft.saves, 0)
  const writeErrors = drafts.reduce((sum, draft) => sum + draft.errors, 0)
  const readErrors = reading.errors + reading.timeouts + reading.non2xx
  console.log(
    `\n${seconds} s on loopback: ${connections} connections reading ${pages.length} public pages, ${writers} embassy users saving drafts.`,
  )
  console.table([
    {
      what: 'public pages',
      'req/s': Math.round(reading.requests.average),
      'p50 ms': reading.latency.p50,
      'p99 ms': reading.latency.p99,
      requests: reading.requests.total,
      errors: readErrors,
    },
    {
      what: 'draft saves',
      'req/s': Math.round((saves / seconds) * 10) / 10,
      'p50 ms': percentile(0.5),
      'p99 ms': percentile(0.99),
      requests: saves + writeErrors,
      errors: writeErrors,
    },
  ])
  console.log(`Drafts checked in the database: ${drafts.length}, lost writes: ${lost}.`)
  const met = readErrors === 0 && writeErrors === 0 && lost === 0
  console.log(
    met ? '✓ Zero errors and zero lost writes.' : '✗ The bar (zero errors, zero lost writes) was not met.',
  )
  process.exitCode = met ? 0 : 1
} finally {
  stop()
}
