// What `npm run bench` measures and on what archive, from its command line.
import fs from 'node:fs'
import { parseArgs } from 'node:util'

export const groups = [
  'build',
  'queries',
  'public',
  'rest',
  'admin',
  'publish',
  'bytes',
  'lighthouse',
  'load',
  'nginx',
]
const counts = ['films', 'events', 'countries', 'screenings', 'reports', 'embassies']

export const usage = `npm run bench -- [options]
  --only=<group,...>   ${groups.join(', ')} (default: all)
  --quick              demo seed, short runs: a smoke test in a few minutes
  --archive=large|demo the archive to measure (default: large when \`npm run seed:large\` exists)
  --films=N --events=N --countries=N --screenings=N --reports=N --embassies=N --seed=N
                       passed to \`npm run seed:large\`; the archive is reused while they match
  --seconds=N          autocannon duration per measurement (default 10, quick 2)
  --connections=N      connections for page measurements (default 50)
  --load-seconds=N     duration of the load test (default 60, quick 8)
  --lighthouse-runs=N  runs per page, the median is kept (default 3, quick 1)
  --port=N             first of the ports the bench may use (default 3700; it uses four)`

const hasLargeSeed = () => {
  const { scripts } = JSON.parse(fs.readFileSync('package.json', 'utf8'))
  return Boolean(scripts?.['seed:large'])
}

export const readOptions = (args) => {
  const { values } = parseArgs({
    args,
    options: {
      only: { type: 'string' },
      quick: { type: 'boolean', default: false },
      archive: { type: 'string' },
      seconds: { type: 'string' },
      connections: { type: 'string' },
      'load-seconds': { type: 'string' },
      'lighthouse-runs': { type: 'string' },
      port: { type: 'string' },
      seed: { type: 'string' },
      help: { type: 'boolean', default: false },
      ...Object.fromEntries(counts.map((name) => [name, { type: 'string' }])),
    },
  })
  if (values.help) {
    console.log(usage)
    process.exit(0)
  }
  const number = (name, fallback) => {
    if (values[name] === undefined) return fallback
    const value = Number(values[name])
    if (!Number.isInteger(value) || value < 0) throw new Error(`--${name} must be a whole number`)
    return value
  }
  const only = values.only ? values.only.split(',').map((group) => group.trim()) : groups
  const unknown = only.filter((group) => !groups.includes(group))
  if (unknown.length) throw new Error(`Unknown group ${unknown.join(', ')}; groups: ${groups.join(', ')}`)
  const quick = values.quick
  const archive = values.archive ?? (quick || !hasLargeSeed() ? 'demo' : 'large')
  if (!['large', 'demo'].includes(archive)) throw new Error('--archive must be large or demo')
  if (archive === 'large' && !hasLargeSeed())
    throw new Error('--archive=large needs `npm run seed:large`, which this checkout does not have yet.')
  const archiveCounts = Object.fromEntries(
    [...counts, 'seed'].filter((name) => values[name] !== undefined).map((name) => [name, number(name)]),
  )
  return {
    only,
    quick,
    archive,
    archiveCounts: archive === 'large' ? archiveCounts : {},
    seconds: number('seconds', quick ? 2 : 10),
    connections: number('connections', 50),
    loadSeconds: number('load-seconds', quick ? 8 : 60),
    loadConnections: 100,
    lighthouseRuns: number('lighthouse-runs', quick ? 1 : 3),
    port: number('port', 3700),
  }
}
