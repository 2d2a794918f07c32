// The server the Playwright suite drives: a fresh database with demo content, a production build.
import fs from 'node:fs'
import path from 'node:path'
import { seedBuildStart } from './production.mjs'

const runDir = path.resolve(process.env.E2E_RUN_DIR ?? '.test-runs/e2e')
const port = Number(process.env.E2E_PORT ?? 3100)
fs.rmSync(runDir, { recursive: true, force: true })
fs.mkdirSync(runDir, { recursive: true })

seedBuildStart({
  port,
  env: {
    ...process.env,
    // Always the embedded database: the e2e run is self-contained.
    DATABASE_URL: `file:${path.join(runDir, 'cms.db')}`,
    MEDIA_DIR: path.join(runDir, 'media'),
    PAYLOAD_SECRET: 'e2e-only-secret-0123456789abcdef',
    DEMO_PASSWORD: process.env.E2E_DEMO_PASSWORD ?? 'e2e-demo-password',
    SERVER_URL: `http://localhost:${port}`,
    NEXT_DIST_DIR: '.next-e2e',
  },
})
