// `npm run screenings:refresh`: store on every screening whether its event is public
// (lib/screeningVisibility.ts), on the database DATABASE_URL points at. Needed once on MongoDB,
// which has no migrations; on SQLite the migration that adds the field does it. Safe to run again.
import './loadEnv'
import config from '@payload-config'
import { getPayload } from 'payload'
import { refreshScreeningVisibility } from '../lib/screeningVisibility'

const payload = await getPayload({ config })
try {
  const started = Date.now()
  const events = await refreshScreeningVisibility(payload)
  payload.logger.info(
    `Screenings follow their events' state: ${events} events in ${((Date.now() - started) / 1000).toFixed(1)} s.`,
  )
} catch (error) {
  payload.logger.error(error instanceof Error ? error.message : String(error))
  process.exitCode = 1
}
await payload.destroy()
process.exit()
