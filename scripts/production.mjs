// Seed, build and start the production server: shared by `npm run demo`, the e2e tests and the benchmarks.
import { spawn, spawnSync } from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'

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
 * A server of its own for tests and benchmarks: a fresh folder holding its database and images,
 * the e2e build folder, and the given secret and demo password. Whatever ran there before is gone.
 */
export const isolatedEnv = ({ runDir, port, secret, demoPassword }) => {
  fs.rmSync(runDir, { recursive: true, force: true })
  fs.mkdirSync(runDir, { recursive: true })
  return {
    ...process.env,
    DATABASE_URL: `file:${path.join(runDir, 'cms.db')}`,
    MEDIA_DIR: path.join(runDir, 'media'),
    PAYLOAD_SECRET: secret,
    DEMO_PASSWORD: demoPassword,
    SERVER_URL: `http://localhost:${port}`,
    NEXT_DIST_DIR: '.next-e2e',
  }
}

const productionEnv = (env) => ({ ...env, NODE_ENV: 'production', NEXT_TELEMETRY_DISABLED: '1' })

/** Load demo content (migrating the database) and build the site against it. */
export const seedAndBuild = (env) => {
  const production = productionEnv(env)
  run('npm', ['run', '--silent', 'seed'], production, 'Loading demo content')
  // tsconfig includes the route types of both build folders (demo and e2e); the other folder's are
  // stale and would fail this build's type check.
  const distDir = production.NEXT_DIST_DIR || '.next'
  for (const other of ['.next', '.next-e2e'].filter((dir) => dir !== distDir))
    for (const types of ['types', 'dev/types'])
      fs.rmSync(`${other}/${types}`, { recursive: true, force: true })
  run(npx, ['next', 'build'], production, 'Building the site')
}

/**
 * Start the production server (`npm start`, scripts/server.mjs); the caller decides when to stop
 * it. `ownGroup` lets a script stop the whole process tree with one signal; a test runner that
 * stops us by killing our own process tree needs the server in that tree, so it is off by default.
 */
export const startServer = ({ env, port, host = 'localhost', stdio = 'inherit', ownGroup = false }) => {
  console.log(`\n› Serving on http://${host}:${port}`)
  return spawn(process.execPath, ['scripts/server.mjs'], {
    env: { ...productionEnv(env), PORT: String(port), HOST: host },
    stdio,
    detached: ownGroup,
  })
}

/** Wait until the server answers, or give up. */
export const waitForServer = async (url, seconds = 120) => {
  for (let i = 0; i < seconds * 2; i++) {
    try {
      if ((await fetch(url)).ok) return
    } catch {}
    await new Promise((resolve) => setTimeout(resolve, 500))
  }
  throw new Error(`The server did not answer at ${url} within ${seconds} s.`)
}

/** Seed, build and serve until this process is stopped. */
export const seedBuildStart = ({ env, port, host = 'localhost' }) => {
  seedAndBuild(env)
  const server = startServer({ env, port, host })
  const stop = () => server.kill('SIGTERM')
  process.on('SIGINT', stop)
  process.on('SIGTERM', stop)
  server.on('exit', (code) => process.exit(code ?? 0))
}
