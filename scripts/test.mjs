// `npm test`: the integration suite (Local API, real database file), then the end-to-end suite
// (production build, real Chromium), then one line that sums up both: "N passed, N failed".
import { spawnSync } from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'

const chromium = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium'
const runDir = path.resolve('.test-runs')

/** Playwright drives Debian's Chromium; install it on a fresh machine when we may. */
const ensureChromium = () => {
  if (fs.existsSync(chromium)) return
  if (process.getuid?.() !== 0) {
    console.error(
      `Chromium is missing at ${chromium}. Install it with: sudo apt-get install -y chromium (or set CHROMIUM_PATH).`,
    )
    process.exit(1)
  }
  console.log('› Installing Chromium from Debian packages')
  for (const args of [['update'], ['install', '-y', '--no-install-recommends', 'chromium']]) {
    const result = spawnSync('apt-get', args, {
      stdio: 'inherit',
      env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
    })
    if (result.status !== 0) process.exit(result.status ?? 1)
  }
}

const run = (label, args, env) => {
  console.log(`\n› ${label}`)
  return spawnSync('npx', args, { stdio: 'inherit', env: { ...process.env, ...env } }).status
}

const readJSON = (file) => {
  try {
    return JSON.parse(fs.readFileSync(file, 'utf8'))
  } catch {
    return null
  }
}

/**
 * The committed migrations must describe the collections exactly: a change to a collection without
 * its migration would pass here (tests migrate the same files) and break a production database.
 */
const checkMigrations = () => {
  console.log('\n› Migrations match the collections')
  const before = new Set(fs.readdirSync('migrations'))
  const index = fs.readFileSync('migrations/index.ts', 'utf8')
  const result = spawnSync(
    'npm',
    ['run', '--silent', 'migrate:create', '--', 'schema-drift-check', '--skipEmpty'],
    {
      encoding: 'utf8',
      env: {
        ...process.env,
        DATABASE_URL: `file:${path.join(runDir, 'drift.db')}`,
        PAYLOAD_SECRET: 'drift-check',
      },
    },
  )
  const added = fs.readdirSync('migrations').filter((file) => !before.has(file))
  // Leave the folder exactly as it was, whatever the generator wrote.
  fs.writeFileSync('migrations/index.ts', index)
  for (const file of added) fs.rmSync(path.join('migrations', file))
  if (result.status !== 0 || added.length > 0) {
    console.error(
      result.status !== 0
        ? result.stderr
        : `✗ The collections changed without a migration. Run: npm run migrate:create -- <name>`,
    )
    return { name: 'migrations', exit: 1, passed: 0, failed: 1, skipped: 0, reported: true }
  }
  console.log('✓ No schema change is missing a migration.')
  return { name: 'migrations', exit: 0, passed: 1, failed: 0, skipped: 0, reported: true }
}

/** House rules: ESLint and Prettier over the whole tree (`npm run lint`); a finding fails the run. */
const checkLint = () => {
  console.log('\n› Lint and formatting')
  const result = spawnSync('npm', ['run', '--silent', 'lint'], { stdio: 'inherit' })
  const ok = result.status === 0
  if (ok) console.log('✓ ESLint and Prettier found nothing.')
  else console.error('✗ Lint or formatting failed: run `npm run format`, then fix what ESLint still reports.')
  return {
    name: 'lint',
    exit: result.status ?? 1,
    passed: ok ? 1 : 0,
    failed: ok ? 0 : 1,
    skipped: 0,
    reported: true,
  }
}

ensureChromium()
fs.rmSync(runDir, { recursive: true, force: true })
fs.mkdirSync(runDir, { recursive: true })
const lint = checkLint()
const migrations = checkMigrations()

const vitestReport = path.join(runDir, 'integration.json')
const vitestExit = run(
  'Integration tests (Payload Local API)',
  ['vitest', 'run', '--reporter=default', '--reporter=json', `--outputFile.json=${vitestReport}`],
  {
    TEST_RUN_DIR: path.join(runDir, 'integration'),
  },
)

const playwrightReport = path.join(runDir, 'e2e.json')
const playwrightExit = run('End-to-end tests (production build, Chromium)', ['playwright', 'test'], {
  PLAYWRIGHT_JSON_OUTPUT_NAME: playwrightReport,
  E2E_RUN_DIR: path.join(runDir, 'e2e'),
  E2E_REUSE_SERVER: 'false',
})

// Kill -9 in the middle of saves and approvals, on the build the e2e suite just made.
console.log('\n› Faults: the server killed mid-write, restarted, checked')
const faultsExit = spawnSync('node', ['scripts/fault-kill.mjs'], {
  stdio: 'inherit',
  env: { ...process.env, FAULT_REUSE_BUILD: 'true', FAULT_RUN_DIR: path.join(runDir, 'faults') },
}).status

const integration = readJSON(vitestReport)
const e2e = readJSON(playwrightReport)
const suites = [
  lint,
  migrations,
  {
    name: 'integration',
    exit: vitestExit,
    passed: integration?.numPassedTests ?? 0,
    failed: integration?.numFailedTests ?? 0,
    skipped: (integration?.numPendingTests ?? 0) + (integration?.numTodoTests ?? 0),
    reported: Boolean(integration),
  },
  {
    name: 'faults',
    exit: faultsExit ?? 1,
    passed: faultsExit === 0 ? 1 : 0,
    failed: faultsExit === 0 ? 0 : 1,
    skipped: 0,
    reported: true,
  },
  {
    name: 'e2e',
    exit: playwrightExit,
    passed: (e2e?.stats?.expected ?? 0) + (e2e?.stats?.flaky ?? 0),
    failed: e2e?.stats?.unexpected ?? 0,
    skipped: e2e?.stats?.skipped ?? 0,
    reported: Boolean(e2e),
  },
]

let passed = 0
let failed = 0
let skipped = 0
for (const suite of suites) {
  // A runner that crashed or failed without failing a test still fails the run.
  const broken = !suite.reported || (suite.exit !== 0 && suite.failed === 0) ? 1 : 0
  if (broken) console.error(`✗ The ${suite.name} suite did not finish cleanly (exit ${suite.exit}).`)
  console.log(
    `${suite.name}: ${suite.passed} passed, ${suite.failed + broken} failed${suite.skipped ? `, ${suite.skipped} skipped` : ''}`,
  )
  passed += suite.passed
  failed += suite.failed + broken
  skipped += suite.skipped
}
console.log(`${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}`)
process.exit(failed > 0 || passed === 0 ? 1 : 0)
