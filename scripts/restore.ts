// `npm run restore -- <backup folder>`: puts a backup made by `npm run backup` back in place.
// Stop the server first. What was there before is kept beside it, never overwritten.
import fs from 'node:fs'
import path from 'node:path'
import { createClient } from '@libsql/client'
import './loadEnv'
import { mediaDir } from '../config/env'
import { sqliteDatabaseFile } from './sqliteOnly'

const databaseFile = sqliteDatabaseFile('restore')
const source = process.argv[2] && path.resolve(process.argv[2])
if (!source || !fs.existsSync(path.join(source, 'cms.db'))) {
  console.error('Usage: npm run restore -- <folder made by npm run backup> (it holds cms.db and media/).')
  process.exit(1)
}

// The backup must be a sound database before anything is moved.
const check = createClient({ url: `file:${path.join(source, 'cms.db')}` })
const { rows } = await check.execute('PRAGMA integrity_check')
check.close()
if (rows[0]?.integrity_check !== 'ok') {
  console.error(
    `The backup's database failed SQLite's integrity check: ${JSON.stringify(rows)}. Nothing was changed.`,
  )
  process.exit(1)
}

const stamp = new Date().toISOString().replace(/[:.]/g, '-')
fs.mkdirSync(path.dirname(databaseFile), { recursive: true })
for (const suffix of ['', '-wal', '-shm'])
  if (fs.existsSync(databaseFile + suffix))
    fs.renameSync(databaseFile + suffix, `${databaseFile}.before-restore-${stamp}${suffix}`)
fs.copyFileSync(path.join(source, 'cms.db'), databaseFile)

if (fs.existsSync(mediaDir)) fs.renameSync(mediaDir, `${mediaDir}.before-restore-${stamp}`)
if (fs.existsSync(path.join(source, 'media')))
  fs.cpSync(path.join(source, 'media'), mediaDir, { recursive: true })
else fs.mkdirSync(mediaDir, { recursive: true })
console.log(
  `Restored ${databaseFile} and ${mediaDir} from ${source}; the previous ones are kept with the suffix .before-restore-${stamp}.`,
)
