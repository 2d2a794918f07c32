// Seed, build and start the production server: shared by `npm run demo` and the e2e tests.
import { spawn, spawnSync } from 'node:child_process'
import fs from 'node:fs'

const npx = process.platform === 'win32' ? 'npx.cmd' : 'npx'

/** Run a command to completion, streaming its output; stop everything if it fails. */
export const run = (command, args, env, label = [command, ...args].join(' ')) => {
  console.log(`\n› ${label}`)
  const result = spawnSync(command, args, { env, stdio: 'inherit' })
  if (result.status !== 0) {
    console.error(`✗ ${label} failed (exit ${result.status ?? result.signal}).`)
    process.exit(result.status ?? 1)
  }
}

/**
 * Load demo content, build, and serve on `port` until this process is stopped. The database is
 * migrated by the seed (a production server migrates a fresh database itself through prodMigrations).
 */
export const seedBuildStart = ({ env, port, host = 'localhost' }) => {
  const production = { ...env, NODE_ENV: 'production', NEXT_TELEMETRY_DISABLED: '1' }
  run('npm', ['run', '--silent', 'seed'], production, 'Loading demo content')
  // tsconfig includes the route types of both build folders (demo and e2e); the other folder's are
  // stale and would fail this build's type check.
  const distDir = production.NEXT_DIST_DIR || '.next'
  for (const other of ['.next', '.next-e2e'].filter((dir) => dir !== distDir))
    for (const types of ['types', 'dev/types']) fs.rmSync(`${other}/${types}`, { recursive: true, force: true })
  run(npx, ['next', 'build'], production, 'Building the site')
  console.log(`\n› Serving on http://${host}:${port}`)
  const server = spawn(npx, ['next', 'start', '-p', String(port), '-H', host], { env: production, stdio: 'inherit' })
  const stop = () => server.kill('SIGTERM')
  process.on('SIGINT', stop)
  process.on('SIGTERM', stop)
  server.on('exit', (code) => process.exit(code ?? 0))
}
