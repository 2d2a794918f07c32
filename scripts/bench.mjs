// `npm run bench`: issue 10's benchmark in one run. Seeds (or reuses) the archive, builds, starts the
// production server and measures public pages beside the framework's floor and the bare ceiling,
// REST, the admin, publish-to-visible, database statements per page, bytes shipped, Lighthouse,
// reads under draft saves, and the public pages through nginx. Prints each figure beside its
// target and writes bench/results.json. `npm run bench -- --help` lists the options.
import { createHash } from 'node:crypto'
import { execSync } from 'node:child_process'
import path from 'node:path'
import { measureAdmin } from './bench/admin.mjs'
import { ensureArchive, workingCopy } from './bench/archive.mjs'
import { measureBytes } from './bench/bytes.mjs'
import { startCeiling } from './bench/ceiling.mjs'
import { measureLighthouse } from './bench/lighthouse.mjs'
import { loadPages, runLoad } from './bench/load.mjs'
import { ensureNginx, startNginx } from './bench/nginx.mjs'
import { measure } from './bench/measure.mjs'
import { readOptions } from './bench/options.mjs'
import { editorToken, findPages } from './bench/pages.mjs'
import { measurePublicPages, measureThrough } from './bench/publicPages.mjs'
import { publishToVisible } from './bench/publish.mjs'
import { countQueries } from './bench/queries.mjs'
import { formatTable, rowsBuilder, writeReadmeTable, writeResults } from './bench/report.mjs'
import { measureREST } from './bench/rest.mjs'
import { build, distDir, serverEnv, startServer } from './bench/server.mjs'
import { targets } from './bench/targets.mjs'

const options = readOptions(process.argv.slice(2))
const has = (group) => options.only.includes(group)
const ports = { app: options.port, ceiling: options.port + 1, nginx: options.port + 2 }
const startedAt = new Date().toISOString()
const figures = {}
const step = (title) => console.log(`\n› ${title}`)
const sh = (command) => execSync(command, { encoding: 'utf8' })

console.log(
  `npm run bench: ${options.only.join(', ')} on the ${options.archive} archive${options.quick ? ' (quick)' : ''}`,
)
if (has('nginx')) ensureNginx()

// The seed runs with the server's secret, address and demo password; the paths are its own.
const archive = ensureArchive(options, serverEnv({ port: ports.app, databaseFile: '', mediaDir: '' }))
figures.archive = { dir: archive.dir, reused: archive.reused, seededSeconds: archive.seededSeconds }
const copy = workingCopy(archive.dir)
const env = serverEnv({ port: ports.app, databaseFile: copy.databaseFile, mediaDir: copy.mediaDir })

const buildKey = JSON.stringify({
  commit: sh('git rev-parse HEAD').trim(),
  changes: createHash('sha256').update(sh('git diff HEAD')).digest('hex'),
  archive: archive.dir,
})
const buildSeconds = build({ env, measure: has('build'), buildKey })
figures.build = { seconds: buildSeconds }

step('Starting the production server')
const server = await startServer({ env, port: ports.app })
figures.server = { coldStartMs: Math.round(server.coldStartMs) }
console.log(`  first page after ${figures.server.coldStartMs} ms`)
let ceiling
let nginx
try {
  const { origin } = server
  const { pages, floor, event } = await findPages(origin)
  const token = await editorToken(origin, env.DEMO_PASSWORD)
  figures.pages = pages
  const seconds = options.seconds
  const connections = options.connections

  if (has('queries')) {
    step('Database statements per page')
    figures.queries = await countQueries({ origin, pages })
  }
  if (has('public') || has('nginx')) {
    ceiling = await startCeiling({
      port: ports.ceiling,
      pages: Object.fromEntries(Object.values(pages).map((path) => [path, `${origin}${path}`])),
    })
  }
  if (has('public')) {
    step(`Public pages: ${connections} connections, ${seconds} s each, floor ${floor}`)
    figures.public = await measurePublicPages({
      origin,
      ceilingOrigin: ceiling.origin,
      pages,
      floor,
      connections,
      seconds,
    })
  }
  if (has('rest')) {
    step('REST')
    figures.rest = await measureREST({ origin, event, token, connections, seconds })
  }
  if (has('admin')) {
    step('Admin: first render in a fresh browser')
    figures.admin = await measureAdmin({ origin, token, eventId: event.id, runs: options.quick ? 1 : 3 })
  }
  if (has('publish')) {
    step('Publish to visible')
    figures.publish = await publishToVisible({
      apiOrigin: origin,
      readOrigin: origin,
      token,
      eventId: event.id,
      path: pages.event,
    })
    console.log(`  ${figures.publish.ms ?? 'not visible'} ms (the save took ${figures.publish.savedMs} ms)`)
  }
  if (has('bytes')) {
    step('Bytes each page ships (gzip)')
    figures.bytes = await measureBytes({ origin, pages, distDir })
  }
  if (has('lighthouse')) {
    step(`Lighthouse, mobile, median of ${options.lighthouseRuns}`)
    figures.lighthouse = await measureLighthouse({
      origin,
      pages: { home: pages.home, event: pages.event, film: pages.film },
      runs: options.lighthouseRuns,
    })
  }
  if (has('nginx')) {
    step('Through nginx (deploy/nginx/film-cms.conf)')
    nginx = await startNginx({ upstreams: [`127.0.0.1:${ports.app}`], port: ports.nginx })
    if (!ceiling) throw new Error('the ceiling server is missing')
    // The ceiling measured with the public pages, or now when they were not measured.
    const bare = figures.public ?? {}
    for (const [name, path] of Object.entries(pages))
      bare[name] ??= { ceiling: await measure(`${ceiling.origin}${path}`, { connections, seconds }) }
    figures.nginx = {
      pages: await measureThrough({ proxyOrigin: nginx.origin, pages, ceiling: bare, connections, seconds }),
      publish: await publishToVisible({
        apiOrigin: origin,
        readOrigin: nginx.origin,
        token,
        eventId: event.id,
        path: pages.event,
      }),
    }
    console.log(`  publish to visible through nginx: ${figures.nginx.publish.ms ?? 'not visible'} ms`)
  }
  if (has('load')) {
    step(
      `Load: ${options.loadConnections} connections reading for ${options.loadSeconds} s while embassies save drafts`,
    )
    const load = (readOrigin) =>
      runLoad({
        origin,
        readOrigin,
        password: env.DEMO_PASSWORD,
        databaseFile: copy.databaseFile,
        seconds: options.loadSeconds,
        connections: options.loadConnections,
        writers: 6,
        pages: [...loadPages, pages.event, pages.film, pages['events filtered']],
      })
    figures.load = await load(origin)
    // The same again as deployed (docs/scaling.md): readers reach the micro-cache in front, the
    // embassies' saves reach the app. One Node process on two cores spends its event loop on 100
    // readers when they reach it directly, and each save waits its turns behind theirs.
    if (nginx) {
      step('Load again, the readers through nginx')
      figures.loadThroughNginx = await load(nginx.origin)
    }
  }
  figures.server.peakRSSMB = Math.round(server.peakRSS() / 1024 ** 2)
} finally {
  await nginx?.stop()
  ceiling?.stop()
  server.stop()
}

const { rows, add } = rowsBuilder()
const n = (value) => (value === null || value === undefined ? '—' : Math.round(value).toLocaleString('en'))
const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`
if (figures.build.seconds !== null)
  add('build', 'next build', figures.build.seconds, `${n(figures.build.seconds)} s`, targets.build)
if (archive.seededSeconds !== null) add('build', 'seeding the archive', null, `${n(archive.seededSeconds)} s`)
add('server', 'cold start to first page', null, `${n(figures.server.coldStartMs)} ms`)
add('server', 'peak memory (process tree)', null, `${n(figures.server.peakRSSMB)} MB`)
for (const [name, result] of Object.entries(figures.public ?? {})) {
  const figure = `${n(result.app.rps)} req/s = ${Math.round(result.shareOfFloor * 100)}% of ${n(result.floor.rps)}; ceiling ${n(result.ceiling?.rps)}`
  add('public', `${name} req/s`, result.shareOfFloor, figure, targets.shareOfFloor)
  add(
    'public',
    `${name} p99`,
    result.app.p99,
    `p50 ${n(result.app.p50)} / p99 ${n(result.app.p99)} ms`,
    targets.pageP99,
  )
  if (result.app.errors)
    add('public', `${name} errors`, result.app.errors, n(result.app.errors), targets.none)
}
for (const [name, result] of Object.entries(figures.rest ?? {}))
  add(
    'rest',
    name,
    null,
    `${n(result.rps)} req/s, p50 ${n(result.p50)} / p99 ${n(result.p99)} ms${result.errors ? `, ${result.errors} errors` : ''}`,
  )
for (const [name, result] of Object.entries(figures.admin ?? {}))
  add('admin', name, result.median, `${n(result.median)} ms (first ${n(result.first)})`, targets.admin)
if (figures.publish)
  add(
    'publish',
    'publish to visible',
    figures.publish.ms,
    `${n(figures.publish.ms)} ms`,
    targets.publishToVisible,
  )
for (const [name, result] of Object.entries(figures.queries ?? {}))
  add('queries', name, result.first, `${result.first} first, ${result.again} again`, targets.queries)
for (const [name, result] of Object.entries(figures.bytes?.pages ?? {})) {
  if (name === 'home')
    add('bytes', 'home HTML', result.bytes, `${kb(result.bytes)} (${kb(result.gzip)} gzip)`, targets.homeHTML)
  if (result.ourJS !== undefined)
    add(
      'bytes',
      `${name} our JS`,
      result.ourJS,
      `${kb(result.ourJS)} + framework ${kb(result.frameworkJS)}, CSS ${kb(result.css)}`,
      targets.ourJS,
    )
}
for (const [name, result] of Object.entries(figures.lighthouse ?? {})) {
  for (const id of ['performance', 'accessibility', 'best-practices', 'seo'])
    add('lighthouse', `${name} ${id}`, result[id], String(result[id]), targets.lighthouse)
  add('lighthouse', `${name} CLS`, result.cls, String(Math.round(result.cls * 1000) / 1000), targets.cls)
}
for (const [group, result] of [
  ['load', figures.load],
  ['load via nginx', figures.loadThroughNginx],
]) {
  if (!result) continue
  const { reads, saves, lost } = result
  add(
    group,
    'public reads p99',
    reads.p99,
    `${n(reads.rps)} req/s, p50 ${n(reads.p50)} / p99 ${n(reads.p99)} ms`,
    targets.loadReadP99,
  )
  add(
    group,
    'draft save p99',
    saves.p99,
    `p50 ${n(saves.p50)} / p99 ${n(saves.p99)} ms (${n(saves.acknowledged)} saves)`,
    targets.saveP99,
  )
  add(
    group,
    'errors',
    reads.errors + saves.errors,
    `${reads.errors} reads, ${saves.errors} saves`,
    targets.none,
  )
  add(group, 'acknowledged saves missing', lost, `${lost} of ${result.drafts} drafts`, targets.none)
}
for (const [name, result] of Object.entries(figures.nginx?.pages ?? {}))
  add(
    'nginx',
    `${name} req/s`,
    result.shareOfCeiling,
    `${n(result.run.rps)} req/s = ${Math.round((result.shareOfCeiling ?? 0) * 100)}% of ceiling, p99 ${n(result.run.p99)} ms, ${result.cache ?? 'no cache status'}`,
    targets.nginxShareOfCeiling,
  )
if (figures.nginx)
  add(
    'nginx',
    'publish to visible',
    figures.nginx.publish.ms,
    `${n(figures.nginx.publish.ms)} ms`,
    targets.nginxPublishToVisible,
  )

const complete = !options.quick && options.only.length === 10
const file = complete
  ? path.resolve('bench', 'results.json')
  : path.resolve('.test-runs', 'bench', 'results.json')
const results = await writeResults(file, { options, figures, rows, startedAt })
// Only a full run speaks for the product in the README.
if (complete) await writeReadmeTable(results)
console.log(`\n${formatTable(rows)}\n`)
const missed = rows.filter((row) => row.mark === 'miss').length
console.log(
  `${rows.filter((row) => row.mark === 'pass').length} targets met, ${missed} missed. Written to ${path.relative(process.cwd(), file)}.`,
)
