// Reads and writes at once: autocannon reads public pages at `connections` while embassy users keep
// saving report drafts through the portal's API, as the form does. Then every draft is read back
// from the database file: its last acknowledged save must be what is stored.
//
// How often a writer saves (`cadence`):
// - 'autosave', the judged figure: as the portal's report form does (components/portal/ReportForm.tsx),
//   a save 800 ms after the user stops typing and never two saves of one form at once. Between saves
//   the user types for 1 to 5 s, drawn at random so writers do not march in step: one save every
//   2 to 6 s per writer, which is what an embassy feels.
// - 'flat-out': every writer saves again the moment its last save is answered. SQLite writes one
//   transaction at a time, so each save waits for the other writers' turns: this measures the write
//   path's throughput (saves per second), not the wait of a person typing.
import autocannon from 'autocannon'
import { createClient } from '@libsql/client'
import { eventLike, portalAPI, signInToAdmin, signInToPortal } from '../portalClient.mjs'

export const loadPages = [
  '/en',
  '/ru/events/days-of-kazakh-cinema-brussels-2025',
  '/kk/films/road-to-mother',
  '/en/events',
  '/en/reports/days-of-kazakh-cinema-brussels-2025-report',
]

/** The portal form's autosave: this long after the last keystroke (components/portal/ReportForm.tsx). */
const autosaveDelayMs = 800

export const runLoad = async ({
  origin,
  // Where readers read: the app itself, or the caching proxy in front of it (deploy/nginx). Saves
  // always go to the app, whose address is the one its CSRF check knows (SERVER_URL).
  readOrigin = origin,
  password,
  databaseFile,
  seconds,
  connections,
  writers,
  cadence = 'autosave',
  pages = loadPages,
}) => {
  // Events like the embassies' past ones in the demo content: one report per embassy and event, so
  // every writer gets an event of its own.
  const editor = await signInToAdmin(origin, 'editor@example.org', password)
  const accounts = [
    { email: 'brussels@example.org', like: 'days-of-kazakh-cinema-brussels-2025' },
    { email: 'washington@example.org', like: 'road-to-mother-at-the-un-2026' },
  ]
  const run = Date.now().toString(36)
  // Several writers per embassy, each on a draft of their own.
  const drafts = []
  for (let i = 0; i < writers; i++) {
    const account = accounts[i % accounts.length]
    const call = portalAPI(origin, await signInToPortal(origin, account.email, password))
    const created = await call('/portal/api/reports?locale=en', 'POST', {
      event: await eventLike(editor, account.like, `Load test event ${run} ${i + 1}`),
      title: `Load test draft ${i + 1}`,
    })
    if (created.status !== 201)
      throw new Error(`Could not start a draft: HTTP ${created.status} ${await created.text()}`)
    drafts.push({ id: (await created.json()).id, call, saves: 0, errors: 0, last: null })
  }

  const until = Date.now() + seconds * 1000
  const saveTimes = []
  const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms))
  const typing = () => (cadence === 'flat-out' ? 0 : 1000 + Math.random() * 4000 + autosaveDelayMs)
  const write = async (draft, index) => {
    // Writers start out of step, as people do.
    if (cadence !== 'flat-out') await sleep(Math.random() * 3000)
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
      const pause = typing()
      if (pause && Date.now() + pause < until) await sleep(pause)
      else if (pause) break
    }
  }

  for (const page of pages) await (await fetch(`${readOrigin}${page}`)).arrayBuffer()
  const [reading] = await Promise.all([
    autocannon({
      url: readOrigin,
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
  return {
    seconds,
    connections,
    writers,
    cadence,
    pages,
    reads: {
      rps: Math.round(reading.requests.average),
      p50: reading.latency.p50,
      p99: reading.latency.p99,
      requests: reading.requests.total,
      errors: reading.errors + reading.timeouts + reading.non2xx,
    },
    saves: {
      perSecond: Math.round((saves / seconds) * 10) / 10,
      p50: percentile(0.5),
      p99: percentile(0.99),
      acknowledged: saves,
      errors: writeErrors,
    },
    drafts: drafts.length,
    lost,
  }
}
