import { isMongo, sqliteFile } from '../config/env'

/** The SQLite file the backup scripts work on; on MongoDB they point to the database's own tools. */
export const sqliteDatabaseFile = (what: 'back up' | 'restore'): string => {
  if (isMongo) {
    console.error(
      `DATABASE_URL points at MongoDB: ${what} it with mongodump/mongorestore (see README, "Backups"). This script handles the embedded SQLite database.`,
    )
    process.exit(1)
  }
  return sqliteFile()
}
