import path from 'node:path'
import { defineConfig } from 'vitest/config'

const root = import.meta.dirname
// Every run gets a fresh database file and media folder; `npm test` names the folder.
const runDir = process.env.TEST_RUN_DIR ?? path.join(root, '.test-runs', `int-${Date.now()}`)
process.env.TEST_RUN_DIR = runDir

/** The same suite runs against MongoDB when DATABASE_URL points at one, in a database of its own. */
const databaseURL = (() => {
  const url = process.env.DATABASE_URL ?? ''
  if (!/^mongodb(\+srv)?:\/\//.test(url)) return `file:${path.join(runDir, 'cms.db')}`
  const parsed = new URL(url)
  parsed.pathname = `/film_diplomacy_test_${Date.now()}`
  return parsed.toString()
})()

export default defineConfig({
  resolve: {
    alias: { '@payload-config': path.join(root, 'payload.config.ts'), '@': root },
  },
  test: {
    environment: 'node',
    include: ['tests/**/*.test.ts'],
    globalSetup: ['tests/setup/mailbox.ts'],
    // One database, one Payload at a time: files run one after another.
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 180_000,
    env: {
      DATABASE_URL: databaseURL,
      MEDIA_DIR: path.join(runDir, 'media'),
      PAYLOAD_SECRET: 'integration-tests-only',
      DEMO_PASSWORD: 'integration-demo-password',
      EMAIL_FROM: 'Film diplomacy CMS <no-reply@ministry.test>',
      // Short sign-in waits, so the lockout after ten failures can be reached in a test.
      SIGN_IN_BACKOFF_MS: '20',
    },
  },
})
