// The server a benchmark measures: a fresh seeded database in its own folder, a production build,
// the production server (scripts/server.mjs) in its own process group so the benchmark can stop it whatever happens.
import path from 'node:path'
import { isolatedEnv, seedAndBuild, startServer, waitForServer } from './production.mjs'

export const startBenchServer = async ({ name, port, extraEnv = {} }) => {
  const runDir = path.resolve('.test-runs', name)
  const env = {
    ...isolatedEnv({
      runDir,
      port,
      secret: 'bench-only-secret-0123456789abcdef',
      demoPassword: 'bench-demo-password',
    }),
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
  return {
    stop,
    env,
    origin: `http://localhost:${port}`,
    password: env.DEMO_PASSWORD,
    databaseFile: path.join(runDir, 'cms.db'),
  }
}
