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

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`PRAGMA foreign_keys=OFF;`)
  await db.run(sql`CREATE TABLE \`__new_reports\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`slug\` text,
  	\`status\` text DEFAULT 'draft',
  	\`status_comment\` text,
  	\`reported_by\` text DEFAULT 'embassy',
  	\`embassy_id\` integer,
  	\`written_in\` text,
  	\`event_id\` integer NOT NULL,
  	\`total_attendance\` numeric,
  	\`published_at\` text,
  	\`search_text\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`deleted_at\` text,
  	FOREIGN KEY (\`embassy_id\`) REFERENCES \`embassies\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`event_id\`) REFERENCES \`events\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(
    sql`INSERT INTO \`__new_reports\`("id", "slug", "status", "status_comment", "embassy_id", "written_in", "event_id", "total_attendance", "published_at", "search_text", "updated_at", "created_at", "deleted_at") SELECT "id", "slug", "status", "status_comment", "embassy_id", "written_in", "event_id", "total_attendance", "published_at", "search_text", "updated_at", "created_at", "deleted_at" FROM \`reports\`;`,
  )
  await db.run(sql`DROP TABLE \`reports\`;`)
  await db.run(sql`ALTER TABLE \`__new_reports\` RENAME TO \`reports\`;`)
  await db.run(sql`PRAGMA foreign_keys=ON;`)
  await db.run(sql`CREATE UNIQUE INDEX \`reports_slug_idx\` ON \`reports\` (\`slug\`);`)
  await db.run(sql`CREATE INDEX \`reports_status_idx\` ON \`reports\` (\`status\`);`)
  await db.run(sql`CREATE INDEX \`reports_embassy_idx\` ON \`reports\` (\`embassy_id\`);`)
  await db.run(sql`CREATE INDEX \`reports_event_idx\` ON \`reports\` (\`event_id\`);`)
  await db.run(sql`CREATE INDEX \`reports_published_at_idx\` ON \`reports\` (\`published_at\`);`)
  await db.run(sql`CREATE INDEX \`reports_updated_at_idx\` ON \`reports\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`reports_created_at_idx\` ON \`reports\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`reports_deleted_at_idx\` ON \`reports\` (\`deleted_at\`);`)
  await db.run(sql`CREATE INDEX \`embassy_event_idx\` ON \`reports\` (\`embassy_id\`,\`event_id\`);`)
  await db.run(sql`CREATE TABLE \`__new__reports_v\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`parent_id\` integer,
  	\`version_slug\` text,
  	\`version_status\` text DEFAULT 'draft',
  	\`version_status_comment\` text,
  	\`version_reported_by\` text DEFAULT 'embassy',
  	\`version_embassy_id\` integer,
  	\`version_written_in\` text,
  	\`version_event_id\` integer NOT NULL,
  	\`version_total_attendance\` numeric,
  	\`version_published_at\` text,
  	\`version_search_text\` text,
  	\`version_updated_at\` text,
  	\`version_created_at\` text,
  	\`version_deleted_at\` text,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`reports\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_embassy_id\`) REFERENCES \`embassies\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_event_id\`) REFERENCES \`events\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(
    sql`INSERT INTO \`__new__reports_v\`("id", "parent_id", "version_slug", "version_status", "version_status_comment", "version_embassy_id", "version_written_in", "version_event_id", "version_total_attendance", "version_published_at", "version_search_text", "version_updated_at", "version_created_at", "version_deleted_at", "created_at", "updated_at") SELECT "id", "parent_id", "version_slug", "version_status", "version_status_comment", "version_embassy_id", "version_written_in", "version_event_id", "version_total_attendance", "version_published_at", "version_search_text", "version_updated_at", "version_created_at", "version_deleted_at", "created_at", "updated_at" FROM \`_reports_v\`;`,
  )
  await db.run(sql`DROP TABLE \`_reports_v\`;`)
  await db.run(sql`ALTER TABLE \`__new__reports_v\` RENAME TO \`_reports_v\`;`)
  await db.run(sql`CREATE INDEX \`_reports_v_parent_idx\` ON \`_reports_v\` (\`parent_id\`);`)
  await db.run(
    sql`CREATE INDEX \`_reports_v_version_version_slug_idx\` ON \`_reports_v\` (\`version_slug\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_reports_v_version_version_status_idx\` ON \`_reports_v\` (\`version_status\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_reports_v_version_version_embassy_idx\` ON \`_reports_v\` (\`version_embassy_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_reports_v_version_version_event_idx\` ON \`_reports_v\` (\`version_event_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_reports_v_version_version_published_at_idx\` ON \`_reports_v\` (\`version_published_at\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_reports_v_version_version_updated_at_idx\` ON \`_reports_v\` (\`version_updated_at\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_reports_v_version_version_created_at_idx\` ON \`_reports_v\` (\`version_created_at\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_reports_v_version_version_deleted_at_idx\` ON \`_reports_v\` (\`version_deleted_at\`);`,
  )
  await db.run(sql`CREATE INDEX \`_reports_v_created_at_idx\` ON \`_reports_v\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_reports_v_updated_at_idx\` ON \`_reports_v\` (\`updated_at\`);`)
  await db.run(
    sql`CREATE INDEX \`version_embassy_version_event_idx\` ON \`_reports_v\` (\`version_embassy_id\`,\`version_event_id\`);`,
  )
  await db.run(sql`ALTER TABLE \`reports_locales\` ADD \`delegation\` text;`)
  await db.run(sql`ALTER TABLE \`_reports_v_locales\` ADD \`version_delegation\` text;`)
  await moveCannesToDelegation(payload, req)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  // While the new columns still exist: the schema below drops them.
  await returnToEmbassies(payload, req)
  await db.run(sql`PRAGMA foreign_keys=OFF;`)
  await db.run(sql`CREATE TABLE \`__new_reports\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`slug\` text,
  	\`status\` text DEFAULT 'draft',
  	\`status_comment\` text,
  	\`embassy_id\` integer NOT NULL,
  	\`written_in\` text,
  	\`event_id\` integer NOT NULL,
  	\`total_attendance\` numeric,
  	\`published_at\` text,
  	\`search_text\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`deleted_at\` text,
  	FOREIGN KEY (\`embassy_id\`) REFERENCES \`embassies\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`event_id\`) REFERENCES \`events\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(
    sql`INSERT INTO \`__new_reports\`("id", "slug", "status", "status_comment", "embassy_id", "written_in", "event_id", "total_attendance", "published_at", "search_text", "updated_at", "created_at", "deleted_at") SELECT "id", "slug", "status", "status_comment", "embassy_id", "written_in", "event_id", "total_attendance", "published_at", "search_text", "updated_at", "created_at", "deleted_at" FROM \`reports\`;`,
  )
  await db.run(sql`DROP TABLE \`reports\`;`)
  await db.run(sql`ALTER TABLE \`__new_reports\` RENAME TO \`reports\`;`)
  await db.run(sql`PRAGMA foreign_keys=ON;`)
  await db.run(sql`CREATE UNIQUE INDEX \`reports_slug_idx\` ON \`reports\` (\`slug\`);`)
  await db.run(sql`CREATE INDEX \`reports_status_idx\` ON \`reports\` (\`status\`);`)
  await db.run(sql`CREATE INDEX \`reports_embassy_idx\` ON \`reports\` (\`embassy_id\`);`)
  await db.run(sql`CREATE INDEX \`reports_event_idx\` ON \`reports\` (\`event_id\`);`)
  await db.run(sql`CREATE INDEX \`reports_published_at_idx\` ON \`reports\` (\`published_at\`);`)
  await db.run(sql`CREATE INDEX \`reports_updated_at_idx\` ON \`reports\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`reports_created_at_idx\` ON \`reports\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`reports_deleted_at_idx\` ON \`reports\` (\`deleted_at\`);`)
  await db.run(sql`CREATE INDEX \`embassy_event_idx\` ON \`reports\` (\`embassy_id\`,\`event_id\`);`)
  await db.run(sql`CREATE TABLE \`__new__reports_v\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`parent_id\` integer,
  	\`version_slug\` text,
  	\`version_status\` text DEFAULT 'draft',
  	\`version_status_comment\` text,
  	\`version_embassy_id\` integer NOT NULL,
  	\`version_written_in\` text,
  	\`version_event_id\` integer NOT NULL,
  	\`version_total_attendance\` numeric,
  	\`version_published_at\` text,
  	\`version_search_text\` text,
  	\`version_updated_at\` text,
  	\`version_created_at\` text,
  	\`version_deleted_at\` text,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`reports\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_embassy_id\`) REFERENCES \`embassies\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_event_id\`) REFERENCES \`events\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(
    sql`INSERT INTO \`__new__reports_v\`("id", "parent_id", "version_slug", "version_status", "version_status_comment", "version_embassy_id", "version_written_in", "version_event_id", "version_total_attendance", "version_published_at", "version_search_text", "version_updated_at", "version_created_at", "version_deleted_at", "created_at", "updated_at") SELECT "id", "parent_id", "version_slug", "version_status", "version_status_comment", "version_embassy_id", "version_written_in", "version_event_id", "version_total_attendance", "version_published_at", "version_search_text", "version_updated_at", "version_created_at", "version_deleted_at", "created_at", "updated_at" FROM \`_reports_v\`;`,
  )
  await db.run(sql`DROP TABLE \`_reports_v\`;`)
  await db.run(sql`ALTER TABLE \`__new__reports_v\` RENAME TO \`_reports_v\`;`)
  await db.run(sql`CREATE INDEX \`_reports_v_parent_idx\` ON \`_reports_v\` (\`parent_id\`);`)
  await db.run(
    sql`CREATE INDEX \`_reports_v_version_version_slug_idx\` ON \`_reports_v\` (\`version_slug\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_reports_v_version_version_status_idx\` ON \`_reports_v\` (\`version_status\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_reports_v_version_version_embassy_idx\` ON \`_reports_v\` (\`version_embassy_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_reports_v_version_version_event_idx\` ON \`_reports_v\` (\`version_event_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_reports_v_version_version_published_at_idx\` ON \`_reports_v\` (\`version_published_at\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_reports_v_version_version_updated_at_idx\` ON \`_reports_v\` (\`version_updated_at\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_reports_v_version_version_created_at_idx\` ON \`_reports_v\` (\`version_created_at\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_reports_v_version_version_deleted_at_idx\` ON \`_reports_v\` (\`version_deleted_at\`);`,
  )
  await db.run(sql`CREATE INDEX \`_reports_v_created_at_idx\` ON \`_reports_v\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_reports_v_updated_at_idx\` ON \`_reports_v\` (\`updated_at\`);`)
  await db.run(
    sql`CREATE INDEX \`version_embassy_version_event_idx\` ON \`_reports_v\` (\`version_embassy_id\`,\`version_event_id\`);`,
  )
  await db.run(sql`ALTER TABLE \`reports_locales\` DROP COLUMN \`delegation\`;`)
  await db.run(sql`ALTER TABLE \`_reports_v_locales\` DROP COLUMN \`version_delegation\`;`)
}
