// Where the embedded database and the uploaded images live, as the app reads them (config/env.ts,
// collections/Media.ts). Shared by the backup and restore scripts.
import fs from 'node:fs'
import path from 'node:path'

if (fs.existsSync('.env')) process.loadEnvFile('.env')

export const databaseURL = process.env.DATABASE_URL || 'file:./data/cms.db'
export const isMongo = /^mongodb(\+srv)?:\/\//.test(databaseURL)
export const databaseFile = path.resolve(databaseURL.replace(/^file:(\/\/)?/, ''))
export const mediaDir = path.resolve(process.env.MEDIA_DIR || 'media')

export const refuseMongo = (what) => {
  if (!isMongo) return
  console.error(`DATABASE_URL points at MongoDB: ${what} it with mongodump/mongorestore (see README, "Backups"). This script handles the embedded SQLite database.`)
  process.exit(1)
}
