import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'
import { defaultLocale, locales } from '../lib/locales'
import { reindexSearchText } from '../lib/reindexSearchText'

/**
 * Names in every script (issue 11): the fields that hold names become localized. Their values move
 * from the row's table to its `_locales` table, copied into every language, so that every page
 * shows what it showed before until an editor writes the Russian and Kazakh spelling. Version
 * tables (drafts and history of events and reports) move the same way, so an old version restores
 * with its names.
 */
const moves: { from: string; to: string; columns: string[]; translatedRowsOnly?: boolean }[] = [
  { from: 'events_venues', to: 'events_venues_locales', columns: ['name', 'address', 'city'] },
  {
    from: '_events_v_version_venues',
    to: '_events_v_version_venues_locales',
    columns: ['name', 'address', 'city'],
  },
  { from: 'screenings', to: 'screenings_locales', columns: ['venue_name', 'venue_address', 'venue_city'] },
  { from: 'screenings_guests', to: 'screenings_guests_locales', columns: ['name'] },
  { from: 'reports_partners', to: 'reports_partners_locales', columns: ['name'] },
  { from: 'reports_guests', to: 'reports_guests_locales', columns: ['name'] },
  { from: 'reports_quotes', to: 'reports_quotes_locales', columns: ['person'] },
  { from: '_reports_v_version_partners', to: '_reports_v_version_partners_locales', columns: ['name'] },
  { from: '_reports_v_version_guests', to: '_reports_v_version_guests_locales', columns: ['name'] },
  { from: '_reports_v_version_quotes', to: '_reports_v_version_quotes_locales', columns: ['person'] },
  { from: 'films_cast', to: 'films_cast_locales', columns: ['name'] },
  { from: 'films_co_production_partners', to: 'films_co_production_partners_locales', columns: ['name'] },
  // The award's own name is required in every language it has a row for (NOT NULL): the festival
  // goes into the languages the award is written in; the others read it by fallback.
  { from: 'films_awards', to: 'films_awards_locales', columns: ['festival'], translatedRowsOnly: true },
  { from: 'films', to: 'films_locales', columns: ['rights_holder'] },
]

// Table and column names are this file's constants, the language codes the config's: never input.
const quoted = (name: string) => `\`${name}\``
const everyLocale = locales.map((code) => `SELECT '${code}' AS code`).join(' UNION ALL ')

/**
 * Each row's values into its `_locales` row of every language. A row that already has one (the
 * cast's character, the film's title) keeps its other columns; the unique (_locale, _parent_id)
 * index Payload gives every `_locales` table is what the upsert meets.
 */
const copyIntoEveryLanguage = ({ from, to, columns, translatedRowsOnly }: (typeof moves)[number]) => {
  if (translatedRowsOnly)
    return sql.raw(
      `UPDATE ${quoted(to)} SET ` +
        columns
          .map(
            (column) =>
              `${quoted(column)} = (SELECT row.${quoted(column)} FROM ${quoted(from)} AS row ` +
              `WHERE row.\`id\` = ${quoted(to)}.\`_parent_id\`)`,
          )
          .join(', ') +
        ';',
    )
  const list = columns.map(quoted).join(', ')
  const some = columns.map((column) => `row.${quoted(column)} IS NOT NULL`).join(' OR ')
  const set = columns.map((column) => `${quoted(column)} = excluded.${quoted(column)}`).join(', ')
  return sql.raw(
    `INSERT INTO ${quoted(to)} (${list}, \`_locale\`, \`_parent_id\`) ` +
      `SELECT ${columns.map((column) => `row.${quoted(column)}`).join(', ')}, language.code, row.\`id\` ` +
      `FROM ${quoted(from)} AS row, (${everyLocale}) AS language WHERE ${some} ` +
      `ON CONFLICT (\`_locale\`, \`_parent_id\`) DO UPDATE SET ${set};`,
  )
}

/** Back from the `_locales` table: the default language's value, else any language's. */
const copyBackFromLanguages = ({ from, to, columns }: (typeof moves)[number]) => {
  const set = columns
    .map(
      (column) =>
        `${quoted(column)} = (SELECT ${quoted(column)} FROM ${quoted(to)} AS texts ` +
        `WHERE texts.\`_parent_id\` = ${quoted(from)}.\`id\` AND texts.${quoted(column)} IS NOT NULL ` +
        `ORDER BY texts.\`_locale\` = '${defaultLocale}' DESC LIMIT 1)`,
    )
    .join(', ')
  return sql.raw(`UPDATE ${quoted(from)} SET ${set};`)
}

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`CREATE TABLE \`events_venues_locales\` (
  	\`name\` text,
  	\`address\` text,
  	\`city\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` text NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`events_venues\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(
    sql`CREATE UNIQUE INDEX \`events_venues_locales_locale_parent_id_unique\` ON \`events_venues_locales\` (\`_locale\`,\`_parent_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`events_venues_locales_parent_idx\` ON \`events_venues_locales\` (\`_parent_id\`);`,
  )
  await db.run(sql`CREATE TABLE \`_events_v_version_venues_locales\` (
  	\`name\` text,
  	\`address\` text,
  	\`city\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_events_v_version_venues\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(
    sql`CREATE UNIQUE INDEX \`_events_v_version_venues_locales_locale_parent_id_unique\` ON \`_events_v_version_venues_locales\` (\`_locale\`,\`_parent_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_events_v_version_venues_locales_parent_idx\` ON \`_events_v_version_venues_locales\` (\`_parent_id\`);`,
  )
  await db.run(sql`CREATE TABLE \`screenings_locales\` (
  	\`venue_name\` text,
  	\`venue_address\` text,
  	\`venue_city\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`screenings\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(
    sql`CREATE UNIQUE INDEX \`screenings_locales_locale_parent_id_unique\` ON \`screenings_locales\` (\`_locale\`,\`_parent_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`screenings_locales_parent_idx\` ON \`screenings_locales\` (\`_parent_id\`);`,
  )
  await db.run(sql`CREATE TABLE \`reports_partners_locales\` (
  	\`name\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` text NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`reports_partners\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(
    sql`CREATE UNIQUE INDEX \`reports_partners_locales_locale_parent_id_unique\` ON \`reports_partners_locales\` (\`_locale\`,\`_parent_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`reports_partners_locales_parent_idx\` ON \`reports_partners_locales\` (\`_parent_id\`);`,
  )
  await db.run(sql`CREATE TABLE \`_reports_v_version_partners_locales\` (
  	\`name\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_reports_v_version_partners\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(
    sql`CREATE UNIQUE INDEX \`_reports_v_version_partners_locales_locale_parent_id_unique\` ON \`_reports_v_version_partners_locales\` (\`_locale\`,\`_parent_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_reports_v_version_partners_locales_parent_idx\` ON \`_reports_v_version_partners_locales\` (\`_parent_id\`);`,
  )
  await db.run(sql`CREATE TABLE \`films_co_production_partners_locales\` (
  	\`name\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` text NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`films_co_production_partners\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(
    sql`CREATE UNIQUE INDEX \`films_co_production_partners_locales_locale_parent_id_unique\` ON \`films_co_production_partners_locales\` (\`_locale\`,\`_parent_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`films_co_production_partners_locales_parent_idx\` ON \`films_co_production_partners_locales\` (\`_parent_id\`);`,
  )
  await db.run(sql`ALTER TABLE \`screenings_guests_locales\` ADD \`name\` text;`)
  await db.run(sql`ALTER TABLE \`reports_guests_locales\` ADD \`name\` text;`)
  await db.run(sql`ALTER TABLE \`reports_quotes_locales\` ADD \`person\` text;`)
  await db.run(sql`ALTER TABLE \`_reports_v_version_guests_locales\` ADD \`name\` text;`)
  await db.run(sql`ALTER TABLE \`_reports_v_version_quotes_locales\` ADD \`person\` text;`)
  await db.run(sql`ALTER TABLE \`films_cast_locales\` ADD \`name\` text;`)
  await db.run(sql`ALTER TABLE \`films_awards_locales\` ADD \`festival\` text;`)
  await db.run(sql`ALTER TABLE \`films_locales\` ADD \`rights_holder\` text;`)
  await db.run(sql`ALTER TABLE \`films_texts\` ADD \`locale\` text;`)
  await db.run(sql`CREATE INDEX \`films_texts_locale_parent\` ON \`films_texts\` (\`locale\`,\`parent_id\`);`)
  for (const move of moves) await db.run(copyIntoEveryLanguage(move))
  // A film's directors (a list of texts) get one list per language.
  await db.run(
    sql.raw(
      `INSERT INTO \`films_texts\` (\`order\`, \`parent_id\`, \`path\`, \`text\`, \`locale\`) ` +
        `SELECT texts.\`order\`, texts.\`parent_id\`, texts.\`path\`, texts.\`text\`, language.code ` +
        `FROM \`films_texts\` AS texts, (${everyLocale}) AS language ` +
        `WHERE texts.\`locale\` IS NULL AND texts.\`path\` = 'directors';`,
    ),
  )
  await db.run(sql`DELETE FROM \`films_texts\` WHERE \`locale\` IS NULL AND \`path\` = 'directors';`)
  await db.run(sql`ALTER TABLE \`events_venues\` DROP COLUMN \`name\`;`)
  await db.run(sql`ALTER TABLE \`events_venues\` DROP COLUMN \`address\`;`)
  await db.run(sql`ALTER TABLE \`events_venues\` DROP COLUMN \`city\`;`)
  await db.run(sql`ALTER TABLE \`_events_v_version_venues\` DROP COLUMN \`name\`;`)
  await db.run(sql`ALTER TABLE \`_events_v_version_venues\` DROP COLUMN \`address\`;`)
  await db.run(sql`ALTER TABLE \`_events_v_version_venues\` DROP COLUMN \`city\`;`)
  await db.run(sql`ALTER TABLE \`screenings_guests\` DROP COLUMN \`name\`;`)
  await db.run(sql`ALTER TABLE \`screenings\` DROP COLUMN \`venue_name\`;`)
  await db.run(sql`ALTER TABLE \`screenings\` DROP COLUMN \`venue_address\`;`)
  await db.run(sql`ALTER TABLE \`screenings\` DROP COLUMN \`venue_city\`;`)
  await db.run(sql`ALTER TABLE \`reports_partners\` DROP COLUMN \`name\`;`)
  await db.run(sql`ALTER TABLE \`reports_guests\` DROP COLUMN \`name\`;`)
  await db.run(sql`ALTER TABLE \`reports_quotes\` DROP COLUMN \`person\`;`)
  await db.run(sql`ALTER TABLE \`_reports_v_version_partners\` DROP COLUMN \`name\`;`)
  await db.run(sql`ALTER TABLE \`_reports_v_version_guests\` DROP COLUMN \`name\`;`)
  await db.run(sql`ALTER TABLE \`_reports_v_version_quotes\` DROP COLUMN \`person\`;`)
  await db.run(sql`ALTER TABLE \`films_cast\` DROP COLUMN \`name\`;`)
  await db.run(sql`ALTER TABLE \`films_co_production_partners\` DROP COLUMN \`name\`;`)
  await db.run(sql`ALTER TABLE \`films_awards\` DROP COLUMN \`festival\`;`)
  await db.run(sql`ALTER TABLE \`films\` DROP COLUMN \`rights_holder\`;`)
  // Films, events and reports saved before the search text existed become searchable: the reindex
  // the migration that added the column ran, moved here because it reads through the Local API,
  // that is with today's schema, which only exists from this migration on.
  await reindexSearchText(payload, { req })
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  // Nullable on the way back: SQLite adds no NOT NULL column to a table that has rows.
  await db.run(sql`ALTER TABLE \`events_venues\` ADD \`name\` text;`)
  await db.run(sql`ALTER TABLE \`events_venues\` ADD \`address\` text;`)
  await db.run(sql`ALTER TABLE \`events_venues\` ADD \`city\` text;`)
  await db.run(sql`ALTER TABLE \`_events_v_version_venues\` ADD \`name\` text;`)
  await db.run(sql`ALTER TABLE \`_events_v_version_venues\` ADD \`address\` text;`)
  await db.run(sql`ALTER TABLE \`_events_v_version_venues\` ADD \`city\` text;`)
  await db.run(sql`ALTER TABLE \`screenings_guests\` ADD \`name\` text;`)
  await db.run(sql`ALTER TABLE \`screenings\` ADD \`venue_name\` text;`)
  await db.run(sql`ALTER TABLE \`screenings\` ADD \`venue_address\` text;`)
  await db.run(sql`ALTER TABLE \`screenings\` ADD \`venue_city\` text;`)
  await db.run(sql`ALTER TABLE \`reports_partners\` ADD \`name\` text;`)
  await db.run(sql`ALTER TABLE \`reports_guests\` ADD \`name\` text;`)
  await db.run(sql`ALTER TABLE \`reports_quotes\` ADD \`person\` text;`)
  await db.run(sql`ALTER TABLE \`_reports_v_version_partners\` ADD \`name\` text;`)
  await db.run(sql`ALTER TABLE \`_reports_v_version_guests\` ADD \`name\` text;`)
  await db.run(sql`ALTER TABLE \`_reports_v_version_quotes\` ADD \`person\` text;`)
  await db.run(sql`ALTER TABLE \`films_cast\` ADD \`name\` text;`)
  await db.run(sql`ALTER TABLE \`films_co_production_partners\` ADD \`name\` text;`)
  await db.run(sql`ALTER TABLE \`films_awards\` ADD \`festival\` text;`)
  await db.run(sql`ALTER TABLE \`films\` ADD \`rights_holder\` text;`)
  for (const move of moves) await db.run(copyBackFromLanguages(move))
  // One list of directors again: the default language's.
  await db.run(
    sql.raw(
      `DELETE FROM \`films_texts\` WHERE \`path\` = 'directors' AND \`locale\` IS NOT '${defaultLocale}';`,
    ),
  )
  await db.run(sql`DROP INDEX \`films_texts_locale_parent\`;`)
  await db.run(sql`ALTER TABLE \`films_texts\` DROP COLUMN \`locale\`;`)
  await db.run(sql`DROP TABLE \`events_venues_locales\`;`)
  await db.run(sql`DROP TABLE \`_events_v_version_venues_locales\`;`)
  await db.run(sql`DROP TABLE \`screenings_locales\`;`)
  await db.run(sql`DROP TABLE \`reports_partners_locales\`;`)
  await db.run(sql`DROP TABLE \`_reports_v_version_partners_locales\`;`)
  await db.run(sql`DROP TABLE \`films_co_production_partners_locales\`;`)
  await db.run(sql`ALTER TABLE \`screenings_guests_locales\` DROP COLUMN \`name\`;`)
  await db.run(sql`ALTER TABLE \`reports_guests_locales\` DROP COLUMN \`name\`;`)
  await db.run(sql`ALTER TABLE \`reports_quotes_locales\` DROP COLUMN \`person\`;`)
  await db.run(sql`ALTER TABLE \`_reports_v_version_guests_locales\` DROP COLUMN \`name\`;`)
  await db.run(sql`ALTER TABLE \`_reports_v_version_quotes_locales\` DROP COLUMN \`person\`;`)
  await db.run(sql`ALTER TABLE \`films_cast_locales\` DROP COLUMN \`name\`;`)
  await db.run(sql`ALTER TABLE \`films_awards_locales\` DROP COLUMN \`festival\`;`)
  await db.run(sql`ALTER TABLE \`films_locales\` DROP COLUMN \`rights_holder\`;`)
}
