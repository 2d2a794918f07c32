// The server the benchmark measures: a production build of this checkout on the archive's working
// copy, served by `npm start` (scripts/server.mjs) in its own process group, timed from spawn to
// its first page, its memory watched from /proc.
import { spawn } from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'
import { run } from '../production.mjs'
import { watchPeakRSS } from './processTree.mjs'

export const distDir = '.next-e2e'
const buildStamp = path.resolve('.test-runs', 'bench', 'build.json')

export const serverEnv = ({ port, databaseFile, mediaDir }) => ({
  ...process.env,
  NODE_ENV: 'production',
  NEXT_TELEMETRY_DISABLED: '1',
  DATABASE_URL: `file:${databaseFile}`,
  MEDIA_DIR: mediaDir,
  PAYLOAD_SECRET: 'bench-only-secret-0123456789abcdef',
  DEMO_PASSWORD: 'bench-demo-password',
  SERVER_URL: `http://localhost:${port}`,
  NEXT_DIST_DIR: distDir,
})

/**
 * `next build` against the working copy, timed; skipped when the caller does not measure it and
 * the last build was made from the same commit and archive.
 */
export const build = ({ env, measure, buildKey }) => {
  const previous = fs.existsSync(buildStamp) ? fs.readFileSync(buildStamp, 'utf8') : ''
  if (!measure && previous === buildKey && fs.existsSync(path.join(distDir, 'BUILD_ID'))) return null
  // tsconfig includes the route types of both build folders; the demo's are stale here.
  for (const types of ['types', 'dev/types']) fs.rmSync(`.next/${types}`, { recursive: true, force: true })
  const started = performance.now()
  run('npx', ['next', 'build'], env, 'Building the site')
  const seconds = (performance.now() - started) / 1000
  fs.mkdirSync(path.dirname(buildStamp), { recursive: true })
  fs.writeFileSync(buildStamp, buildKey)
  return seconds
}

/** Start `npm start` with the query counter preloaded; resolves when the home page answers. */
export const startServer = async ({ env, port, firstPage = '/en' }) => {
  const started = performance.now()
  const child = spawn(
    process.execPath,
    ['--import', './scripts/bench/countQueries.mjs', 'scripts/server.mjs'],
    {
      env: { ...env, PORT: String(port), HOST: 'localhost', BENCH_COUNT_QUERIES: 'true' },
      stdio: ['ignore', 'ignore', 'pipe'],
      detached: true,
    },
  )
  let log = ''
  child.stderr.on('data', (chunk) => (log = (log + chunk).slice(-4000)))
  const memory = watchPeakRSS(child.pid)
  const stop = () => {
    memory.stop()
    try {
      process.kill(-child.pid, 'SIGTERM')
    } catch {}
  }
  process.on('exit', stop)
  const origin = `http://localhost:${port}`
  for (;;) {
    if (child.exitCode !== null) throw new Error(`The server stopped (exit ${child.exitCode}): ${log}`)
    try {
      if ((await fetch(`${origin}${firstPage}`)).ok) break
    } catch {}
    if (performance.now() - started > 180_000)
      throw new Error(`The server did not answer in 3 minutes: ${log}`)
    await new Promise((resolve) => setTimeout(resolve, 100))
  }
  const coldStartMs = performance.now() - started
  return { origin, pid: child.pid, coldStartMs, peakRSS: memory.peak, stop, log: () => log }
}
