// `npm run seed:large`: a generated archive of thousands of films, events, screenings and reports
// in the database DATABASE_URL points at, for benchmarks and for trying the site at a ministry's scale.
import './loadEnv'
import config from '@payload-config'
import { SingleBar, Presets } from 'cli-progress'
import { getPayload } from 'payload'
import { parseOptions, seedLarge, usage } from './seed/large/index'

let options
try {
  options = parseOptions(process.argv.slice(2))
} catch (error) {
  console.error(`${error instanceof Error ? error.message : String(error)}\n\n${usage}`)
  process.exit(2)
}
if ('help' in options) {
  console.log(usage)
  process.exit(0)
}

const started = performance.now()
const payload = await getPayload({ config })
const bar = new SingleBar(
  { format: '{bar} {percentage}% | {value}/{total} | {what} | {duration_formatted} (ETA {eta_formatted})' },
  Presets.shades_classic,
)
let barStarted = false
try {
  const summary = await seedLarge(payload, options, (what, done, total) => {
    if (!barStarted) bar.start(total, 0, { what })
    barStarted = true
    bar.increment(done, { what })
  })
  bar.stop()
  payload.logger.info(
    `Archive ready in ${((performance.now() - started) / 1000).toFixed(0)} s (seed ${options.seed}): ` +
      `${summary.embassies.length + summary.reusedEmbassies} embassies (${summary.reusedEmbassies} from the demo), ` +
      `${summary.films.length} films, ${summary.events.length} events, ${summary.screenings.length} screenings, ` +
      `${summary.reports.length} reports, ${summary.images} images reused.`,
  )
} catch (error) {
  if (barStarted) bar.stop()
  payload.logger.error(error instanceof Error ? error.message : String(error))
  process.exitCode = 1
}
await payload.destroy()
process.exit()
