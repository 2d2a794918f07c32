// The archive a benchmark runs on: seeded once into a folder of its own and kept while the options
// match, then copied for each run (a run publishes and saves drafts; the kept copy stays pristine).
import { createHash } from 'node:crypto'
import fs from 'node:fs'
import path from 'node:path'
import { run } from '../production.mjs'

const root = path.resolve('.test-runs', 'bench')

/** A folder name that changes whenever the archive would: its kind, counts and random seed. */
const archiveKey = ({ archive, archiveCounts }) =>
  `${archive}-${createHash('sha256')
    .update(JSON.stringify({ archive, archiveCounts }))
    .digest('hex')
    .slice(0, 10)}`

/** The seeded archive for these options (seeding it when missing), and the seconds it took. */
export const ensureArchive = (options, env) => {
  const dir = path.join(root, archiveKey(options))
  const stamp = path.join(dir, 'archive.json')
  if (fs.existsSync(stamp)) return { dir, seededSeconds: null, reused: true }
  fs.rmSync(dir, { recursive: true, force: true })
  fs.mkdirSync(dir, { recursive: true })
  const seedEnv = {
    ...env,
    NODE_ENV: 'production',
    DATABASE_URL: `file:${path.join(dir, 'cms.db')}`,
    MEDIA_DIR: path.join(dir, 'media'),
  }
  const started = performance.now()
  // The demo content always: its accounts sign in, and bench:load writes reports on its events.
  run('npm', ['run', '--silent', 'seed'], seedEnv, 'Loading demo content')
  if (options.archive === 'large') {
    const args = Object.entries(options.archiveCounts).map(([name, value]) => `--${name}=${value}`)
    run(
      'npm',
      ['run', '--silent', 'seed:large', '--', ...args],
      seedEnv,
      `Seeding the archive ${args.join(' ')}`,
    )
  }
  const seededSeconds = (performance.now() - started) / 1000
  fs.writeFileSync(
    stamp,
    JSON.stringify({ ...options, seededSeconds, at: new Date().toISOString() }, null, 2),
  )
  return { dir, seededSeconds, reused: false }
}

/** A working copy of the archive for one run: database and images. */
export const workingCopy = (archiveDir) => {
  const dir = path.join(root, 'run')
  fs.rmSync(dir, { recursive: true, force: true })
  fs.cpSync(archiveDir, dir, { recursive: true })
  return { dir, databaseFile: path.join(dir, 'cms.db'), mediaDir: path.join(dir, 'media') }
}
