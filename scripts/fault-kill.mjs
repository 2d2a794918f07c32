// `npm run test:faults`: the production server is killed (SIGKILL, no goodbye) in the middle of
// concurrent draft saves and approvals, FAULT_KILLS (3) times at random moments, and restarted.
// After each kill the database file is read directly: it passes SQLite's integrity check, every
// acknowledged save is there (or the one in flight after it), and no approval is half-written (a
// report is approved exactly when its screenings carry its attendance). Each restart must come up
// cleanly (migrations, no stale lock) and take a save again. Prints the figures; exits non-zero on
// any loss. FAULT_REUSE_BUILD=true serves the e2e build already in .next-e2e instead of building.
import fs from 'node:fs'
import path from 'node:path'
import { createClient } from '@libsql/client'
import { isolatedEnv, run, seedAndBuild, startServer, waitForServer } from './production.mjs'
import { eventLike, portalAPI, signInToAdmin, signInToPortal } from './portalClient.mjs'

const port = Number(process.env.FAULT_PORT ?? 3110)
const kills = Number(process.env.FAULT_KILLS ?? 3)
const writersPerEmbassy = 2
const runDir = path.resolve(process.env.FAULT_RUN_DIR ?? '.test-runs/faults')
const origin = `http://localhost:${port}`
const env = isolatedEnv({
  runDir,
  port,
  secret: 'fault-test-only-secret-0123456789abcdef',
  demoPassword: 'fault-demo-password',
})
const password = env.DEMO_PASSWORD
const databaseFile = path.join(runDir, 'cms.db')

if (process.env.FAULT_REUSE_BUILD === 'true' && fs.existsSync('.next-e2e/BUILD_ID'))
  run('npm', ['run', '--silent', 'seed'], { ...env, NODE_ENV: 'production' }, 'Loading demo content')
else seedAndBuild(env)

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms))
const figures = { operations: 0, acknowledged: 0, failed: 0, kills: 0, restarts: 0, lost: 0, halfWritten: 0 }
const problems = []
const problem = (text) => {
  problems.push(text)
  console.error(`✗ ${text}`)
}

let server
let serverLog
/** Start `next start` and wait for it; a server that does not come up cleanly ends the test. */
const start = async (round) => {
  serverLog = fs.openSync(path.join(runDir, `server-${round}.log`), 'w')
  server = startServer({ env, port, stdio: ['ignore', serverLog, serverLog], ownGroup: true })
  const started = Date.now()
  await waitForServer(`${origin}/api/films?limit=1&depth=0`, 120)
  console.log(`  server up in ${((Date.now() - started) / 1000).toFixed(1)} s`)
}
const kill = async ({ fault = true } = {}) => {
  const exited = new Promise((resolve) => server.once('exit', resolve))
  process.kill(-server.pid, 'SIGKILL')
  await exited
  fs.closeSync(serverLog)
  if (fault) figures.kills++
}
process.on('exit', () => {
  try {
    process.kill(-server.pid, 'SIGKILL')
  } catch {}
})

/** An operation over HTTP, counted; a connection cut by the kill is a failure, never an error here. */
const attempt = async (call) => {
  figures.operations++
  const response = await call().catch(() => null)
  if (response?.ok) figures.acknowledged++
  else figures.failed++
  return response
}

let running = false

/** One embassy user saving one draft again and again; remembers the last acknowledged body. */
const draftWriter = async (draft) => {
  while (running) {
    const body = `Draft ${draft.id}, save ${++draft.sequence}: the hall was full and the talk went on.`
    draft.pending.push(body)
    const response = await attempt(() =>
      draft.call(`/portal/api/reports/${draft.id}?locale=en`, 'PATCH', {
        form: { title: draft.title, body },
      }),
    )
    // Sent but not acknowledged (the kill cut it off): the database may or may not hold it.
    if (response?.ok) {
      draft.acknowledged = body
      draft.pending = []
    }
  }
}

/**
 * The review loop on one report: the embassy submits new attendance figures, the editor approves,
 * then asks for changes; each round's figure is new, so where it shows up tells what was saved.
 */
const reviewLoop = async (review) => {
  while (running) {
    const status = (await byStatus(review)) ?? 'unknown'
    if (status === 'approved' || status === 'published') {
      await attempt(() =>
        review.editor(`/api/reports/${review.id}`, 'PATCH', {
          status: 'changes_requested',
          statusComment: 'Please check the figures.',
        }),
      )
    } else if (status === 'changes_requested' || status === 'draft') {
      const attendance = ++review.figure
      await attempt(() =>
        review.embassy(`/portal/api/reports/${review.id}/submit?locale=en`, 'POST', {
          form: { screenings: review.screenings.map((screening) => ({ screening, attendance })) },
        }),
      )
    } else if (status === 'submitted') {
      await attempt(() => review.editor(`/api/reports/${review.id}`, 'PATCH', { status: 'approved' }))
    } else await sleep(100)
  }
}
const byStatus = async (review) =>
  (await (await review.editor(`/api/reports/${review.id}?depth=0`, 'GET').catch(() => null))?.json?.())
    ?.status

/** Read the dead server's database directly: the server's answers are not evidence here. */
const check = async (drafts, review) => {
  const db = createClient({ url: `file:${databaseFile}` })
  try {
    const integrity = (await db.execute('PRAGMA integrity_check')).rows[0]?.[0]
    if (integrity !== 'ok') problem(`integrity_check: ${integrity}`)
    for (const draft of drafts) {
      const { rows } = await db.execute({
        sql: "SELECT body FROM reports_locales WHERE _parent_id = ? AND _locale = 'en'",
        args: [draft.id],
      })
      const stored = String(rows[0]?.body ?? '')
      const holds = (text) => text && stored.includes(JSON.stringify(text).slice(1, -1))
      if (draft.acknowledged && ![draft.acknowledged, ...draft.pending].some(holds)) {
        figures.lost++
        problem(`draft ${draft.id}: its last acknowledged save is not in the database`)
      }
    }
    const { rows: reports } = await db.execute({
      sql: 'SELECT status FROM reports WHERE id = ?',
      args: [review.id],
    })
    const status = reports[0]?.status
    const { rows } = await db.execute({
      sql: `SELECT r.attendance AS reported, s.attendance AS recorded FROM reports_screenings r
            JOIN screenings s ON s.id = r.screening_id WHERE r._parent_id = ?`,
      args: [review.id],
    })
    for (const row of rows) {
      const approved = status === 'approved' || status === 'published'
      // Approved: the screening carries the report's figure. Submitted: the new figure is not there yet.
      if (
        (approved && row.recorded !== row.reported) ||
        (status === 'submitted' && row.recorded === row.reported)
      ) {
        figures.halfWritten++
        problem(
          `report ${review.id} is ${status} but its screening holds ${row.recorded} (report: ${row.reported})`,
        )
      }
    }
  } finally {
    db.close()
  }
}

try {
  await start(0)
  // One report per embassy and event: each writer's draft is on an event of its own, like the
  // embassy's past event in the demo content.
  const ministry = await signInToAdmin(origin, 'editor@example.org', password)
  const embassies = [
    { email: 'brussels@example.org', like: 'days-of-kazakh-cinema-brussels-2025' },
    { email: 'washington@example.org', like: 'road-to-mother-at-the-un-2026' },
  ]
  const drafts = []
  for (const embassy of embassies) {
    const call = portalAPI(origin, await signInToPortal(origin, embassy.email, password))
    for (let i = 0; i < writersPerEmbassy; i++) {
      const title = `Fault test draft ${drafts.length + 1}`
      const event = await eventLike(ministry, embassy.like, `Fault test event ${drafts.length + 1}`)
      const created = await call('/portal/api/reports?locale=en', 'POST', { event, title })
      if (created.status !== 201) throw new Error(`Could not start a draft: HTTP ${created.status}`)
      drafts.push({
        id: (await created.json()).id,
        call,
        title,
        sequence: 0,
        acknowledged: null,
        pending: [],
      })
    }
  }

  // The report waiting for review in the demo content, its embassy and the ministry's editor.
  const editor = ministry
  const waiting = (
    await (
      await editor(
        '/api/reports?where[slug][equals]=welink-film-festival-new-york-2026-report&depth=0',
        'GET',
      )
    ).json()
  ).docs[0]
  const review = {
    id: waiting.id,
    editor,
    embassy: portalAPI(origin, await signInToPortal(origin, 'washington@example.org', password)),
    screenings: (await (await editor(`/api/reports/${waiting.id}?depth=0`, 'GET')).json()).screenings.map(
      (row) => row.screening,
    ),
    figure: 500,
  }

  for (let round = 1; round <= kills; round++) {
    running = true
    const work = Promise.all([...drafts.map(draftWriter), reviewLoop(review)])
    await sleep(2000 + Math.random() * 4000)
    console.log(`› Kill ${round}: SIGKILL with ${drafts.length} draft saves and a review in flight`)
    await kill()
    running = false
    await work
    await check(drafts, review)
    await start(round)
    figures.restarts++
  }

  // The last restart takes a save as usual.
  running = true
  const last = drafts[0]
  const body = `After the last restart: saved.`
  const response = await attempt(() =>
    last.call(`/portal/api/reports/${last.id}?locale=en`, 'PATCH', { form: { title: last.title, body } }),
  )
  running = false
  if (!response?.ok) problem(`a save after the last restart failed: HTTP ${response?.status}`)
  else {
    last.acknowledged = body
    last.pending = []
  }
  await kill({ fault: false })
  await check(drafts, review)
} finally {
  try {
    process.kill(-server.pid, 'SIGKILL')
  } catch {}
}

console.log(
  `\nOperations tried: ${figures.operations}, kills: ${figures.kills}, restarts: ${figures.restarts}, ` +
    `acknowledged: ${figures.acknowledged}, failed or cut off: ${figures.failed}, ` +
    `lost: ${figures.lost}, half-written approvals: ${figures.halfWritten}.`,
)
if (problems.length) {
  console.error(`✗ ${problems.length} problem(s) after the faults.`)
  process.exitCode = 1
} else console.log('✓ Nothing acknowledged was lost, nothing was half-written, every restart was clean.')
