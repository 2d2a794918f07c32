// `npm run backup [-- folder]`: a consistent copy of the SQLite database and the media folder.
// Safe while the server runs: SQLite's VACUUM INTO writes a snapshot of one moment, WAL included.
import fs from 'node:fs'
import path from 'node:path'
import { createClient } from '@libsql/client'
import './loadEnv'
import { mediaDir } from '../config/env'
import { sqliteDatabaseFile } from './sqliteOnly'

const databaseFile = sqliteDatabaseFile('back up')
if (!fs.existsSync(databaseFile)) {
  console.error(`No database at ${databaseFile}. Set DATABASE_URL to the file to back up.`)
  process.exit(1)
}
const stamp = new Date().toISOString().replace(/[:.]/g, '-')
const target = path.resolve(process.argv[2] ?? path.join('backups', stamp))
if (fs.existsSync(target) && fs.readdirSync(target).length) {
  console.error(`${target} is not empty; choose a new folder.`)
  process.exit(1)
}
fs.mkdirSync(target, { recursive: true })

const client = createClient({ url: `file:${databaseFile}` })
await client.execute('PRAGMA busy_timeout = 10000')
await client.execute({ sql: 'VACUUM INTO ?', args: [path.join(target, 'cms.db')] })
client.close()

// Media files are written once and never changed in place, so copying after the snapshot keeps
// every file the snapshot refers to.
if (fs.existsSync(mediaDir)) fs.cpSync(mediaDir, path.join(target, 'media'), { recursive: true })
const files = fs.existsSync(path.join(target, 'media'))
  ? fs.readdirSync(path.join(target, 'media')).length
  : 0
fs.writeFileSync(
  path.join(target, 'backup.json'),
  JSON.stringify(
    { createdAt: new Date().toISOString(), database: databaseFile, media: mediaDir, mediaFiles: files },
    null,
    2,
  ),
)
console.log(`Backed up ${databaseFile} and ${files} media files to ${target}`)
