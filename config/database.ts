import fs from 'node:fs'
import path from 'node:path'
import { mongooseAdapter } from '@payloadcms/db-mongodb'
import { sqliteAdapter } from '@payloadcms/db-sqlite'
import type { DatabaseAdapterObj } from 'payload'
import { migrations } from '../migrations'
import { indexLocalesByParent } from './indexLocalesByParent'
import { claimWritePath, waitingSQLiteClient } from './sqliteClient'
import { databaseURL, isMongo, sqliteFile } from './env'

/**
 * MongoDB when DATABASE_URL says so (production, and the way past one machine); otherwise the
 * embedded SQLite file, whose schema comes only from the committed migrations, never from "push".
 */
export const databaseAdapter = (): DatabaseAdapterObj => {
  if (isMongo) return mongooseAdapter({ url: databaseURL })
  fs.mkdirSync(path.dirname(sqliteFile()), { recursive: true })
  const url = `file:${sqliteFile()}`
  const adapter = sqliteAdapter({
    client: { url },
    push: false,
    migrationDir: path.resolve(process.cwd(), 'migrations'),
    prodMigrations: migrations,
    // A save and its hooks' writes land together or not at all.
    transactionOptions: {},
    afterSchemaInit: [indexLocalesByParent],
  })
  // Our own client, so that every connection waits for a busy database (see sqliteClient.ts).
  const init = adapter.init
  adapter.init = (args) => {
    const instance = init(args)
    Object.assign(instance, { client: waitingSQLiteClient(url) })
    // Every transaction Payload begins marks its operation as the writer (see sqliteClient.ts).
    const begin = instance.beginTransaction
    instance.beginTransaction = function (...args) {
      claimWritePath()
      return begin.apply(this, args)
    }
    return instance
  }
  return adapter
}
