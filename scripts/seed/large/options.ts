import { parseArgs } from 'node:util'
import { embassyCountries, places } from './places'

/** What to generate. Same options, same archive. */
export type ArchiveOptions = {
  seed: number
  films: number
  events: number
  screenings: number
  reports: number
  embassies: number
  countries: number
  /** The day the archive is drawn around (YYYY-MM-DD): events before it are past, after it upcoming. */
  today: string
  /** Add the archive to a database that already holds content other than the demo's. */
  force: boolean
}

export const defaultOptions = (): ArchiveOptions => ({
  seed: 1,
  films: 5000,
  events: 3000,
  screenings: 30000,
  reports: 1500,
  embassies: 80,
  countries: 120,
  today: new Date().toISOString().slice(0, 10),
  force: false,
})

const counts = ['seed', 'films', 'events', 'screenings', 'reports', 'embassies', 'countries'] as const

export const usage = `Usage: npm run seed:large -- [options]

Generates a deterministic archive on the database DATABASE_URL points at.
  --films N        films in the catalogue (5000)
  --events N       events (3000)
  --screenings N   screenings, spread over the events (30000)
  --reports N      embassy reports, at most one per embassy and event (1500)
  --embassies N    embassies, at most ${embassyCountries} (80)
  --countries N    countries events are held in, at most ${places.length} (120)
  --seed N         the random seed: the same seed draws the same archive (1)
  --today DATE     the day the archive is drawn around, YYYY-MM-DD (today)
  --force          add the archive even though the database holds other content`

/** Problems with the options, in words for the person who typed them. */
export const checkOptions = (options: ArchiveOptions, realToday = new Date()): string[] => {
  const problems: string[] = []
  for (const name of counts)
    if (!Number.isSafeInteger(options[name]) || options[name] < 0)
      problems.push(`--${name} must be a whole number of 0 or more.`)
  if (options.embassies > embassyCountries) problems.push(`--embassies can be at most ${embassyCountries}.`)
  if (options.countries > places.length) problems.push(`--countries can be at most ${places.length}.`)
  if (options.countries < options.embassies)
    problems.push('--countries must be at least --embassies: each embassy is in a country of its own.')
  if (options.countries < 1) problems.push('--countries must be at least 1.')
  if (options.reports > options.events)
    problems.push('--reports cannot exceed --events: one report per event.')
  if (options.reports > 0 && options.embassies === 0) problems.push('Reports need at least one embassy.')
  if (options.reports > options.screenings)
    problems.push('--screenings must be at least --reports: every report covers a screening.')
  if (options.screenings > 0 && (options.films === 0 || options.events === 0))
    problems.push('Screenings need at least one film and one event.')
  if (!/^\d{4}-\d{2}-\d{2}$/.test(options.today) || Number.isNaN(Date.parse(options.today)))
    problems.push('--today must be a date such as 2026-12-01.')
  // Reports give attendance only for screenings that have taken place; the app checks against the clock.
  else if (options.today > realToday.toISOString().slice(0, 10))
    problems.push('--today cannot be in the future.')
  return problems
}

/** Options from the command line, over the defaults. */
export const parseOptions = (argv: string[]): ArchiveOptions | { help: true } => {
  const { values } = parseArgs({
    args: argv,
    options: {
      ...Object.fromEntries(counts.map((name) => [name, { type: 'string' as const }])),
      today: { type: 'string' },
      force: { type: 'boolean' },
      help: { type: 'boolean', short: 'h' },
    },
    strict: true,
  })
  if (values.help) return { help: true }
  const options = defaultOptions()
  for (const name of counts) {
    const value = (values as Record<string, unknown>)[name]
    if (typeof value === 'string') options[name] = /^\d+$/.test(value) ? Number(value) : Number.NaN
  }
  if (typeof values.today === 'string') options.today = values.today
  options.force = Boolean(values.force)
  return options
}
