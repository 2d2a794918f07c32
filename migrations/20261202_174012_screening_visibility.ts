import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

/**
 * Each screening stores whether its event is public (lib/screeningVisibility.ts): filled here from
 * the events' live rows in one statement (a published event out of the trash). A screening whose
 * event is gone stays hidden. MongoDB has no migrations: `npm run screenings:refresh` does it there.
 *
 * Written on 3 December, ordered before the festival reports migration of 2 December on purpose:
 * that one saves a report through the Local API, whose validation reads the report's screenings
 * with every column the config names, this one included. A database still before it (the seed's
 * Cannes report in it) would otherwise fail there. Payload runs every migration a database has not
 * run, so one already past the festival migration runs this one next.
 */
export async function up({ db }: MigrateUpArgs): Promise<void> {
  await db.run(sql`ALTER TABLE \`screenings\` ADD \`event_public\` integer DEFAULT false;`)
  await db.run(sql`CREATE INDEX \`screenings_event_public_idx\` ON \`screenings\` (\`event_public\`);`)
  await db.run(
    sql`UPDATE \`screenings\` SET \`event_public\` = coalesce((SELECT \`events\`.\`_status\` = 'published' AND \`events\`.\`deleted_at\` IS NULL FROM \`events\` WHERE \`events\`.\`id\` = \`screenings\`.\`event_id\`), false);`,
  )
}

export async function down({ db }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP INDEX \`screenings_event_public_idx\`;`)
  await db.run(sql`ALTER TABLE \`screenings\` DROP COLUMN \`event_public\`;`)
}
