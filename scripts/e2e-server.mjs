// The server the Playwright suite drives: a fresh database with demo content, a production build,
// and a local mail server whose messages the tests read.
import path from 'node:path'
import { startMailbox } from './mailbox.mjs'
import { isolatedEnv, seedBuildStart } from './production.mjs'

const runDir = path.resolve(process.env.E2E_RUN_DIR ?? '.test-runs/e2e')
const port = Number(process.env.E2E_PORT ?? 3100)
// Always the embedded database: the e2e run is self-contained.
const env = isolatedEnv({
  runDir,
  port,
  secret: 'e2e-only-secret-0123456789abcdef',
  demoPassword: process.env.E2E_DEMO_PASSWORD ?? 'e2e-demo-password',
})
const mailbox = await startMailbox({ dir: path.join(runDir, 'mail') })

seedBuildStart({
  port,
  env: {
    ...env,
    SMTP_HOST: '127.0.0.1',
    SMTP_PORT: String(mailbox.port),
    EMAIL_FROM: 'Film diplomacy CMS <no-reply@ministry.test>',
    // Notification emails leave within seconds, so a test can wait for them.
    JOBS_CRON: '*/2 * * * * *',
    // Short sign-in waits, so a test can make ten failures in a row in seconds.
    SIGN_IN_BACKOFF_MS: '50',
    // Every test's browser has the same address; only the sign-in tests fail on purpose.
    SIGN_IN_ADDRESS_LIMIT: '200',
  },
})
