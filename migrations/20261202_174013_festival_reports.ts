import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'
import type { Payload, PayloadRequest } from 'payload'
import { extractID } from '../lib/extractID'

/**
 * Festival reports written by the ministry (issue 12): a report names who reported it (an embassy,
 * the ministry, or a delegation), so its embassy becomes optional. The seeded Cannes pavilion report,
 * filed until now under the embassy in France, becomes the report of the delegation that went.
 * The data moves through the Local API with the migration's `req` (its transaction), so they read
 * and write alike on SQLite and MongoDB, with the collection's hooks and rules.
 */
const cannes = 'cannes-2026-kazakhstan-pavilion-report'
const delegation = {
  en: 'Delegation of Kazakhstan at the Cannes Film Festival',
  ru: 'Делегация Казахстана на Каннском кинофестивале',
  kk: 'Канн кинофестиваліндегі Қазақстан делегациясы',
}
// Written once per language: the delegation's name is localized.
const languages = ['en', 'ru', 'kk'] as const
// Nothing to purge or mail: no page is served while the database migrates.
const context = { disableRevalidate: true }

const findReports = (payload: Payload, req: PayloadRequest, where: Parameters<Payload['find']>[0]['where']) =>
  payload.find({
    collection: 'reports',
    req,
    where,
    depth: 0,
    pagination: false,
    trash: true,
    overrideAccess: true,
    select: { slug: true, event: true, reportedBy: true },
  })

/** The Cannes report, if this database has it, becomes the delegation's, with no embassy. */
const moveCannesToDelegation = async (payload: Payload, req: PayloadRequest) => {
  const { docs } = await findReports(payload, req, { slug: { equals: cannes } })
  for (const report of docs)
    for (const [index, locale] of languages.entries())
      await payload.update({
        collection: 'reports',
        id: report.id,
        req,
        locale,
        depth: 0,
        trash: true,
        overrideAccess: true,
        context,
        data: {
          ...(index === 0 ? { reportedBy: 'delegation' as const, embassy: null } : {}),
          delegation: delegation[locale],
        },
      })
}

/**
 * Back to a schema where every report has an embassy: each report of the ministry's (the Cannes
 * one, and any written since) returns to its event's organising embassy. A report whose event has
 * none cannot go back; it is named, for an editor to move or delete first.
 */
const returnToEmbassies = async (payload: Payload, req: PayloadRequest) => {
  const { docs } = await findReports(payload, req, { reportedBy: { in: ['ministry', 'delegation'] } })
  for (const report of docs) {
    const event = await payload.findByID({
      collection: 'events',
      id: extractID(report.event as never)!,
      req,
      depth: 0,
      draft: true,
      overrideAccess: true,
      disableErrors: true,
      select: { organisingEmbassy: true },
    })
    const embassy = extractID(event?.organisingEmbassy as never)
    if (embassy === undefined)
      throw new Error(
        `Report ${report.slug ?? report.id} is the ministry's, on an event no embassy organises: give it an embassy or delete it before migrating down.`,
      )
    await payload.update({
      collection: 'reports',
      id: report.id,
      req,
      depth: 0,
      trash: true,
      overrideAccess: true,
      context,
      // An ID as this adapter stores it: a number on SQLite, a string on MongoDB.
      data: { reportedBy: 'embassy', embassy: embassy as number },
    })
  }
}

/**
 * Makes a column of a table nullable, or NOT NULL again, in place. Payload runs a migration in a
 * transaction, where SQLite ignores `PRAGMA foreign_keys=OFF`: the generated rebuild (create a copy,
 * drop `reports`, rename) would then cascade the drop to every row of the report's languages, lists
 * and versions. So the constraint is edited in the schema itself, as SQLite documents for removing a
 * NOT NULL constraint (sqlite.org/lang_altertable.html, "making other kinds of table schema
 * changes"): no row is rewritten, and the next schema version makes every connection reload it.
 */
const setNotNull = async (db: MigrateUpArgs['db'], table: string, column: string, notNull: boolean) => {
  const [required, nullable] = [`\`${column}\` integer NOT NULL,`, `\`${column}\` integer,`]
  const rows = (await db.all(sql`PRAGMA schema_version;`)) as { schema_version: number }[]
  await db.run(sql`PRAGMA writable_schema=ON;`)
  await db.run(
    sql`UPDATE sqlite_master SET sql = replace(sql, ${notNull ? nullable : required}, ${notNull ? required : nullable}) WHERE type = 'table' AND name = ${table};`,
  )
  await db.run(sql.raw(`PRAGMA schema_version=${Number(rows[0].schema_version) + 1};`))
  await db.run(sql`PRAGMA writable_schema=OFF;`)
}

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await setNotNull(db, 'reports', 'embassy_id', false)
  await setNotNull(db, '_reports_v', 'version_embassy_id', false)
  await db.run(sql`ALTER TABLE \`reports\` ADD \`reported_by\` text DEFAULT 'embassy';`)
  await db.run(sql`ALTER TABLE \`_reports_v\` ADD \`version_reported_by\` text DEFAULT 'embassy';`)
  await db.run(sql`ALTER TABLE \`reports_locales\` ADD \`delegation\` text;`)
  await db.run(sql`ALTER TABLE \`_reports_v_locales\` ADD \`version_delegation\` text;`)
  await moveCannesToDelegation(payload, req)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  // While the new columns still exist: the schema below drops them.
  await returnToEmbassies(payload, req)
  // Their earlier versions go back with them; versions of reports deleted since have no embassy to
  // return to, and the old schema cannot hold them.
  await db.run(
    sql`UPDATE \`_reports_v\` SET \`version_embassy_id\` = (SELECT \`embassy_id\` FROM \`reports\` WHERE \`reports\`.\`id\` = \`_reports_v\`.\`parent_id\`) WHERE \`version_embassy_id\` IS NULL;`,
  )
  await db.run(sql`DELETE FROM \`_reports_v\` WHERE \`version_embassy_id\` IS NULL;`)
  await db.run(sql`ALTER TABLE \`reports_locales\` DROP COLUMN \`delegation\`;`)
  await db.run(sql`ALTER TABLE \`_reports_v_locales\` DROP COLUMN \`version_delegation\`;`)
  await db.run(sql`ALTER TABLE \`reports\` DROP COLUMN \`reported_by\`;`)
  await db.run(sql`ALTER TABLE \`_reports_v\` DROP COLUMN \`version_reported_by\`;`)
  await setNotNull(db, 'reports', 'embassy_id', true)
  await setNotNull(db, '_reports_v', 'version_embassy_id', true)
}
