// `npm run search:reindex`: fill the search text of every film, event and report (lib/searchText.ts)
// on the database DATABASE_URL points at. Needed once on MongoDB, which has no migrations; on SQLite
// the migration that adds the field does it. Safe to run again at any time.
import './loadEnv'
import config from '@payload-config'
import { getPayload } from 'payload'
import { reindexSearchText } from '../lib/reindexSearchText'

const payload = await getPayload({ config })
try {
  const started = Date.now()
  const counts = await reindexSearchText(payload, {
    onBatch: (collection, done, total) => payload.logger.info(`search text: ${collection} ${done}/${total}`),
  })
  payload.logger.info(
    `Search text filled in ${((Date.now() - started) / 1000).toFixed(1)} s: ${Object.entries(counts)
      .map(([collection, n]) => `${n} ${collection}`)
      .join(', ')}.`,
  )
} catch (error) {
  payload.logger.error(error instanceof Error ? error.message : String(error))
  process.exitCode = 1
}
await payload.destroy()
process.exit()
