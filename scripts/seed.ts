// `npm run seed`: load the demo content into the database DATABASE_URL points at.
import './loadEnv'
import config from '@payload-config'
import { getPayload } from 'payload'
import { seed } from './seed/index'

const payload = await getPayload({ config })
try {
  const summary = await seed(payload)
  payload.logger.info(
    `Demo content ready: ${Object.entries(summary)
      .map(([what, n]) => `${n} ${what}`)
      .join(', ')}.`,
  )
} catch (error) {
  payload.logger.error(error instanceof Error ? error.message : String(error))
  process.exitCode = 1
}
await payload.destroy()
process.exit()
