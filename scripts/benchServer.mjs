// The server a benchmark measures: a fresh seeded database in its own folder, a production build,
// `next start` in its own process group so the benchmark can stop it whatever happens.
import fs from 'node:fs'
import path from 'node:path'
import { seedAndBuild, startServer, waitForServer } from './production.mjs'

export const startBenchServer = async ({ name, port, extraEnv = {} }) => {
  const runDir = path.resolve('.test-runs', name)
  fs.rmSync(runDir, { recursive: true, force: true })
  fs.mkdirSync(runDir, { recursive: true })
  const env = {
    ...process.env,
    DATABASE_URL: `file:${path.join(runDir, 'cms.db')}`,
    MEDIA_DIR: path.join(runDir, 'media'),
    PAYLOAD_SECRET: 'bench-only-secret-0123456789abcdef',
    DEMO_PASSWORD: 'bench-demo-password',
    SERVER_URL: `http://localhost:${port}`,
    NEXT_DIST_DIR: '.next-e2e',
    ...extraEnv,
  }
  seedAndBuild(env)
  const server = startServer({ env, port, stdio: 'ignore', ownGroup: true })
  const stop = () => {
    try {
      process.kill(-server.pid, 'SIGTERM')
    } catch {}
  }
  process.on('exit', stop)
  await waitForServer(`http://localhost:${port}/en`)
  return { stop, env, origin: `http://localhost:${port}`, password: env.DEMO_PASSWORD, databaseFile: path.join(runDir, 'cms.db') }
}
