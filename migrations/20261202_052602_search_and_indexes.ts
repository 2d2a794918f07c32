import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`ALTER TABLE \`events\` ADD \`search_text\` text;`)
  await db.run(sql`CREATE INDEX \`events_type_idx\` ON \`events\` (\`type\`);`)
  await db.run(sql`CREATE INDEX \`events_starts_on_idx\` ON \`events\` (\`starts_on\`);`)
  await db.run(sql`CREATE INDEX \`events_ends_on_idx\` ON \`events\` (\`ends_on\`);`)
  await db.run(sql`CREATE INDEX \`events_country_idx\` ON \`events\` (\`country\`);`)
  await db.run(sql`CREATE INDEX \`country_startsOn_idx\` ON \`events\` (\`country\`,\`starts_on\`);`)
  await db.run(sql`ALTER TABLE \`_events_v\` ADD \`version_search_text\` text;`)
  await db.run(sql`CREATE INDEX \`_events_v_version_version_type_idx\` ON \`_events_v\` (\`version_type\`);`)
  await db.run(
    sql`CREATE INDEX \`_events_v_version_version_starts_on_idx\` ON \`_events_v\` (\`version_starts_on\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_events_v_version_version_ends_on_idx\` ON \`_events_v\` (\`version_ends_on\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_events_v_version_version_country_idx\` ON \`_events_v\` (\`version_country\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`version_country_version_startsOn_idx\` ON \`_events_v\` (\`version_country\`,\`version_starts_on\`);`,
  )
  await db.run(sql`ALTER TABLE \`reports\` ADD \`search_text\` text;`)
  await db.run(sql`CREATE INDEX \`reports_status_idx\` ON \`reports\` (\`status\`);`)
  await db.run(sql`CREATE INDEX \`reports_published_at_idx\` ON \`reports\` (\`published_at\`);`)
  await db.run(sql`CREATE INDEX \`embassy_event_idx\` ON \`reports\` (\`embassy_id\`,\`event_id\`);`)
  await db.run(sql`ALTER TABLE \`_reports_v\` ADD \`version_search_text\` text;`)
  await db.run(
    sql`CREATE INDEX \`_reports_v_version_version_status_idx\` ON \`_reports_v\` (\`version_status\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_reports_v_version_version_published_at_idx\` ON \`_reports_v\` (\`version_published_at\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`version_embassy_version_event_idx\` ON \`_reports_v\` (\`version_embassy_id\`,\`version_event_id\`);`,
  )
  await db.run(sql`ALTER TABLE \`films\` ADD \`search_text\` text;`)
  await db.run(sql`CREATE INDEX \`films_original_title_idx\` ON \`films\` (\`original_title\`);`)
  await db.run(sql`CREATE INDEX \`films_year_idx\` ON \`films\` (\`year\`);`)
  await db.run(
    sql`CREATE INDEX \`events_partners_locales_parent_idx\` ON \`events_partners_locales\` (\`_parent_id\`);`,
  )
  await db.run(sql`CREATE INDEX \`events_title_idx\` ON \`events_locales\` (\`title\`,\`_locale\`);`)
  await db.run(sql`CREATE INDEX \`events_locales_parent_idx\` ON \`events_locales\` (\`_parent_id\`);`)
  await db.run(
    sql`CREATE INDEX \`_events_v_version_partners_locales_parent_idx\` ON \`_events_v_version_partners_locales\` (\`_parent_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_events_v_version_version_title_idx\` ON \`_events_v_locales\` (\`version_title\`,\`_locale\`);`,
  )
  await db.run(sql`CREATE INDEX \`_events_v_locales_parent_idx\` ON \`_events_v_locales\` (\`_parent_id\`);`)
  await db.run(
    sql`CREATE INDEX \`screenings_guests_locales_parent_idx\` ON \`screenings_guests_locales\` (\`_parent_id\`);`,
  )
  await db.run(sql`CREATE INDEX \`screenings_status_idx\` ON \`screenings\` (\`status\`);`)
  await db.run(sql`CREATE INDEX \`event_startsAt_idx\` ON \`screenings\` (\`event_id\`,\`starts_at\`);`)
  await db.run(
    sql`CREATE INDEX \`reports_guests_locales_parent_idx\` ON \`reports_guests_locales\` (\`_parent_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`reports_quotes_locales_parent_idx\` ON \`reports_quotes_locales\` (\`_parent_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`reports_outcomes_locales_parent_idx\` ON \`reports_outcomes_locales\` (\`_parent_id\`);`,
  )
  await db.run(sql`CREATE INDEX \`reports_title_idx\` ON \`reports_locales\` (\`title\`,\`_locale\`);`)
  await db.run(sql`CREATE INDEX \`reports_locales_parent_idx\` ON \`reports_locales\` (\`_parent_id\`);`)
  await db.run(
    sql`CREATE INDEX \`_reports_v_version_guests_locales_parent_idx\` ON \`_reports_v_version_guests_locales\` (\`_parent_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_reports_v_version_quotes_locales_parent_idx\` ON \`_reports_v_version_quotes_locales\` (\`_parent_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_reports_v_version_outcomes_locales_parent_idx\` ON \`_reports_v_version_outcomes_locales\` (\`_parent_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_reports_v_version_version_title_idx\` ON \`_reports_v_locales\` (\`version_title\`,\`_locale\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_reports_v_locales_parent_idx\` ON \`_reports_v_locales\` (\`_parent_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`films_cast_locales_parent_idx\` ON \`films_cast_locales\` (\`_parent_id\`);`,
  )
  await db.run(sql`CREATE INDEX \`films_genres_value_idx\` ON \`films_genres\` (\`value\`);`)
  await db.run(
    sql`CREATE INDEX \`films_spoken_languages_value_idx\` ON \`films_spoken_languages\` (\`value\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`films_subtitle_languages_value_idx\` ON \`films_subtitle_languages\` (\`value\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`films_awards_locales_parent_idx\` ON \`films_awards_locales\` (\`_parent_id\`);`,
  )
  await db.run(sql`CREATE INDEX \`films_title_idx\` ON \`films_locales\` (\`title\`,\`_locale\`);`)
  await db.run(sql`CREATE INDEX \`films_locales_parent_idx\` ON \`films_locales\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`embassies_country_idx\` ON \`embassies\` (\`country\`);`)
  await db.run(sql`CREATE INDEX \`embassies_locales_parent_idx\` ON \`embassies_locales\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`media_locales_parent_idx\` ON \`media_locales\` (\`_parent_id\`);`)
  // The search text of what was saved before this column existed is filled by the names migration
  // (20261202_130720_names_in_every_script): the reindex reads through the Local API, with the
  // schema of today's config, which a database at this step does not have yet.
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP INDEX \`events_partners_locales_parent_idx\`;`)
  await db.run(sql`DROP INDEX \`events_type_idx\`;`)
  await db.run(sql`DROP INDEX \`events_starts_on_idx\`;`)
  await db.run(sql`DROP INDEX \`events_ends_on_idx\`;`)
  await db.run(sql`DROP INDEX \`events_country_idx\`;`)
  await db.run(sql`DROP INDEX \`country_startsOn_idx\`;`)
  await db.run(sql`ALTER TABLE \`events\` DROP COLUMN \`search_text\`;`)
  await db.run(sql`DROP INDEX \`events_title_idx\`;`)
  await db.run(sql`DROP INDEX \`events_locales_parent_idx\`;`)
  await db.run(sql`DROP INDEX \`_events_v_version_partners_locales_parent_idx\`;`)
  await db.run(sql`DROP INDEX \`_events_v_version_version_type_idx\`;`)
  await db.run(sql`DROP INDEX \`_events_v_version_version_starts_on_idx\`;`)
  await db.run(sql`DROP INDEX \`_events_v_version_version_ends_on_idx\`;`)
  await db.run(sql`DROP INDEX \`_events_v_version_version_country_idx\`;`)
  await db.run(sql`DROP INDEX \`version_country_version_startsOn_idx\`;`)
  await db.run(sql`ALTER TABLE \`_events_v\` DROP COLUMN \`version_search_text\`;`)
  await db.run(sql`DROP INDEX \`_events_v_version_version_title_idx\`;`)
  await db.run(sql`DROP INDEX \`_events_v_locales_parent_idx\`;`)
  await db.run(sql`DROP INDEX \`screenings_guests_locales_parent_idx\`;`)
  await db.run(sql`DROP INDEX \`screenings_status_idx\`;`)
  await db.run(sql`DROP INDEX \`event_startsAt_idx\`;`)
  await db.run(sql`DROP INDEX \`reports_guests_locales_parent_idx\`;`)
  await db.run(sql`DROP INDEX \`reports_quotes_locales_parent_idx\`;`)
  await db.run(sql`DROP INDEX \`reports_outcomes_locales_parent_idx\`;`)
  await db.run(sql`DROP INDEX \`reports_status_idx\`;`)
  await db.run(sql`DROP INDEX \`reports_published_at_idx\`;`)
  await db.run(sql`DROP INDEX \`embassy_event_idx\`;`)
  await db.run(sql`ALTER TABLE \`reports\` DROP COLUMN \`search_text\`;`)
  await db.run(sql`DROP INDEX \`reports_title_idx\`;`)
  await db.run(sql`DROP INDEX \`reports_locales_parent_idx\`;`)
  await db.run(sql`DROP INDEX \`_reports_v_version_guests_locales_parent_idx\`;`)
  await db.run(sql`DROP INDEX \`_reports_v_version_quotes_locales_parent_idx\`;`)
  await db.run(sql`DROP INDEX \`_reports_v_version_outcomes_locales_parent_idx\`;`)
  await db.run(sql`DROP INDEX \`_reports_v_version_version_status_idx\`;`)
  await db.run(sql`DROP INDEX \`_reports_v_version_version_published_at_idx\`;`)
  await db.run(sql`DROP INDEX \`version_embassy_version_event_idx\`;`)
  await db.run(sql`ALTER TABLE \`_reports_v\` DROP COLUMN \`version_search_text\`;`)
  await db.run(sql`DROP INDEX \`_reports_v_version_version_title_idx\`;`)
  await db.run(sql`DROP INDEX \`_reports_v_locales_parent_idx\`;`)
  await db.run(sql`DROP INDEX \`films_cast_locales_parent_idx\`;`)
  await db.run(sql`DROP INDEX \`films_genres_value_idx\`;`)
  await db.run(sql`DROP INDEX \`films_spoken_languages_value_idx\`;`)
  await db.run(sql`DROP INDEX \`films_subtitle_languages_value_idx\`;`)
  await db.run(sql`DROP INDEX \`films_awards_locales_parent_idx\`;`)
  await db.run(sql`DROP INDEX \`films_original_title_idx\`;`)
  await db.run(sql`DROP INDEX \`films_year_idx\`;`)
  await db.run(sql`ALTER TABLE \`films\` DROP COLUMN \`search_text\`;`)
  await db.run(sql`DROP INDEX \`films_title_idx\`;`)
  await db.run(sql`DROP INDEX \`films_locales_parent_idx\`;`)
  await db.run(sql`DROP INDEX \`embassies_country_idx\`;`)
  await db.run(sql`DROP INDEX \`embassies_locales_parent_idx\`;`)
  await db.run(sql`DROP INDEX \`media_locales_parent_idx\`;`)
}
