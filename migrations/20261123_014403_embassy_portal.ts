import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`CREATE TABLE \`reports_screenings\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`screening_id\` integer NOT NULL,
  	\`attendance\` numeric,
  	FOREIGN KEY (\`screening_id\`) REFERENCES \`screenings\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`reports\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`reports_screenings_order_idx\` ON \`reports_screenings\` (\`_order\`);`)
  await db.run(
    sql`CREATE INDEX \`reports_screenings_parent_id_idx\` ON \`reports_screenings\` (\`_parent_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`reports_screenings_screening_idx\` ON \`reports_screenings\` (\`screening_id\`);`,
  )
  await db.run(sql`CREATE TABLE \`_reports_v_version_screenings\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`screening_id\` integer NOT NULL,
  	\`attendance\` numeric,
  	\`_uuid\` text,
  	FOREIGN KEY (\`screening_id\`) REFERENCES \`screenings\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_reports_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(
    sql`CREATE INDEX \`_reports_v_version_screenings_order_idx\` ON \`_reports_v_version_screenings\` (\`_order\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_reports_v_version_screenings_parent_id_idx\` ON \`_reports_v_version_screenings\` (\`_parent_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_reports_v_version_screenings_screening_idx\` ON \`_reports_v_version_screenings\` (\`screening_id\`);`,
  )
  // Screenings a report covered were a plain list; they become rows that can carry attendance.
  await db.run(
    sql`INSERT INTO \`reports_screenings\`("_order", "_parent_id", "id", "screening_id") SELECT "order", "parent_id", lower(hex(randomblob(12))), "screenings_id" FROM \`reports_rels\` WHERE "path" = 'screenings' AND "screenings_id" IS NOT NULL;`,
  )
  await db.run(
    sql`INSERT INTO \`_reports_v_version_screenings\`("_order", "_parent_id", "screening_id", "_uuid") SELECT "order", "parent_id", "screenings_id", lower(hex(randomblob(12))) FROM \`_reports_v_rels\` WHERE "path" = 'version.screenings' AND "screenings_id" IS NOT NULL;`,
  )
  await db.run(sql`CREATE TABLE \`audit_log\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`action\` text NOT NULL,
  	\`summary\` text,
  	\`user_id\` integer,
  	\`email\` text,
  	\`address\` text,
  	\`collection_name\` text,
  	\`document_i_d\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`user_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`audit_log_action_idx\` ON \`audit_log\` (\`action\`);`)
  await db.run(sql`CREATE INDEX \`audit_log_user_idx\` ON \`audit_log\` (\`user_id\`);`)
  await db.run(sql`CREATE INDEX \`audit_log_email_idx\` ON \`audit_log\` (\`email\`);`)
  await db.run(sql`CREATE INDEX \`audit_log_address_idx\` ON \`audit_log\` (\`address\`);`)
  await db.run(sql`CREATE INDEX \`audit_log_updated_at_idx\` ON \`audit_log\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`audit_log_created_at_idx\` ON \`audit_log\` (\`created_at\`);`)
  await db.run(sql`PRAGMA foreign_keys=OFF;`)
  await db.run(sql`CREATE TABLE \`__new_reports_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`media_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`reports\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`media_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(
    sql`INSERT INTO \`__new_reports_rels\`("id", "order", "parent_id", "path", "media_id") SELECT "id", "order", "parent_id", "path", "media_id" FROM \`reports_rels\`;`,
  )
  await db.run(sql`DROP TABLE \`reports_rels\`;`)
  await db.run(sql`ALTER TABLE \`__new_reports_rels\` RENAME TO \`reports_rels\`;`)
  await db.run(sql`PRAGMA foreign_keys=ON;`)
  await db.run(sql`CREATE INDEX \`reports_rels_order_idx\` ON \`reports_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`reports_rels_parent_idx\` ON \`reports_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`reports_rels_path_idx\` ON \`reports_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`reports_rels_media_id_idx\` ON \`reports_rels\` (\`media_id\`);`)
  await db.run(sql`CREATE TABLE \`__new__reports_v_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`media_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_reports_v\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`media_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(
    sql`INSERT INTO \`__new__reports_v_rels\`("id", "order", "parent_id", "path", "media_id") SELECT "id", "order", "parent_id", "path", "media_id" FROM \`_reports_v_rels\`;`,
  )
  await db.run(sql`DROP TABLE \`_reports_v_rels\`;`)
  await db.run(sql`ALTER TABLE \`__new__reports_v_rels\` RENAME TO \`_reports_v_rels\`;`)
  await db.run(sql`CREATE INDEX \`_reports_v_rels_order_idx\` ON \`_reports_v_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`_reports_v_rels_parent_idx\` ON \`_reports_v_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_reports_v_rels_path_idx\` ON \`_reports_v_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`_reports_v_rels_media_id_idx\` ON \`_reports_v_rels\` (\`media_id\`);`)
  await db.run(sql`CREATE TABLE \`__new_reports_audience\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`segment\` text,
  	\`count\` numeric,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`reports\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(
    sql`INSERT INTO \`__new_reports_audience\`("_order", "_parent_id", "id", "segment", "count") SELECT "_order", "_parent_id", "id", "segment", "count" FROM \`reports_audience\`;`,
  )
  await db.run(sql`DROP TABLE \`reports_audience\`;`)
  await db.run(sql`ALTER TABLE \`__new_reports_audience\` RENAME TO \`reports_audience\`;`)
  await db.run(sql`CREATE INDEX \`reports_audience_order_idx\` ON \`reports_audience\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`reports_audience_parent_id_idx\` ON \`reports_audience\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`__new_reports_partners\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`name\` text,
  	\`role\` text DEFAULT 'partner',
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`reports\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(
    sql`INSERT INTO \`__new_reports_partners\`("_order", "_parent_id", "id", "name", "role") SELECT "_order", "_parent_id", "id", "name", "role" FROM \`reports_partners\`;`,
  )
  await db.run(sql`DROP TABLE \`reports_partners\`;`)
  await db.run(sql`ALTER TABLE \`__new_reports_partners\` RENAME TO \`reports_partners\`;`)
  await db.run(sql`CREATE INDEX \`reports_partners_order_idx\` ON \`reports_partners\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`reports_partners_parent_id_idx\` ON \`reports_partners\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`__new_reports_guests\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`name\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`reports\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(
    sql`INSERT INTO \`__new_reports_guests\`("_order", "_parent_id", "id", "name") SELECT "_order", "_parent_id", "id", "name" FROM \`reports_guests\`;`,
  )
  await db.run(sql`DROP TABLE \`reports_guests\`;`)
  await db.run(sql`ALTER TABLE \`__new_reports_guests\` RENAME TO \`reports_guests\`;`)
  await db.run(sql`CREATE INDEX \`reports_guests_order_idx\` ON \`reports_guests\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`reports_guests_parent_id_idx\` ON \`reports_guests\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`__new_reports_quotes\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`person\` text,
  	\`text\` text,
  	\`language\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`reports\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(
    sql`INSERT INTO \`__new_reports_quotes\`("_order", "_parent_id", "id", "person", "text", "language") SELECT "_order", "_parent_id", "id", "person", "text", "language" FROM \`reports_quotes\`;`,
  )
  await db.run(sql`DROP TABLE \`reports_quotes\`;`)
  await db.run(sql`ALTER TABLE \`__new_reports_quotes\` RENAME TO \`reports_quotes\`;`)
  await db.run(sql`CREATE INDEX \`reports_quotes_order_idx\` ON \`reports_quotes\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`reports_quotes_parent_id_idx\` ON \`reports_quotes\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`__new_reports_press_coverage\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`outlet\` text,
  	\`country\` text,
  	\`language\` text,
  	\`date\` text,
  	\`headline\` text,
  	\`link\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`reports\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(
    sql`INSERT INTO \`__new_reports_press_coverage\`("_order", "_parent_id", "id", "outlet", "country", "language", "date", "headline", "link") SELECT "_order", "_parent_id", "id", "outlet", "country", "language", "date", "headline", "link" FROM \`reports_press_coverage\`;`,
  )
  await db.run(sql`DROP TABLE \`reports_press_coverage\`;`)
  await db.run(sql`ALTER TABLE \`__new_reports_press_coverage\` RENAME TO \`reports_press_coverage\`;`)
  await db.run(
    sql`CREATE INDEX \`reports_press_coverage_order_idx\` ON \`reports_press_coverage\` (\`_order\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`reports_press_coverage_parent_id_idx\` ON \`reports_press_coverage\` (\`_parent_id\`);`,
  )
  await db.run(sql`CREATE TABLE \`__new_reports_outcomes\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`kind\` text,
  	\`counterpart\` text,
  	\`reach\` numeric,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`reports\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(
    sql`INSERT INTO \`__new_reports_outcomes\`("_order", "_parent_id", "id", "kind", "counterpart", "reach") SELECT "_order", "_parent_id", "id", "kind", "counterpart", "reach" FROM \`reports_outcomes\`;`,
  )
  await db.run(sql`DROP TABLE \`reports_outcomes\`;`)
  await db.run(sql`ALTER TABLE \`__new_reports_outcomes\` RENAME TO \`reports_outcomes\`;`)
  await db.run(sql`CREATE INDEX \`reports_outcomes_order_idx\` ON \`reports_outcomes\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`reports_outcomes_parent_id_idx\` ON \`reports_outcomes\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`__new_reports_outcomes_locales\` (
  	\`description\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` text NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`reports_outcomes\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(
    sql`INSERT INTO \`__new_reports_outcomes_locales\`("description", "id", "_locale", "_parent_id") SELECT "description", "id", "_locale", "_parent_id" FROM \`reports_outcomes_locales\`;`,
  )
  await db.run(sql`DROP TABLE \`reports_outcomes_locales\`;`)
  await db.run(sql`ALTER TABLE \`__new_reports_outcomes_locales\` RENAME TO \`reports_outcomes_locales\`;`)
  await db.run(
    sql`CREATE UNIQUE INDEX \`reports_outcomes_locales_locale_parent_id_unique\` ON \`reports_outcomes_locales\` (\`_locale\`,\`_parent_id\`);`,
  )
  await db.run(sql`CREATE TABLE \`__new__reports_v_version_audience\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`segment\` text,
  	\`count\` numeric,
  	\`_uuid\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_reports_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(
    sql`INSERT INTO \`__new__reports_v_version_audience\`("_order", "_parent_id", "id", "segment", "count", "_uuid") SELECT "_order", "_parent_id", "id", "segment", "count", "_uuid" FROM \`_reports_v_version_audience\`;`,
  )
  await db.run(sql`DROP TABLE \`_reports_v_version_audience\`;`)
  await db.run(
    sql`ALTER TABLE \`__new__reports_v_version_audience\` RENAME TO \`_reports_v_version_audience\`;`,
  )
  await db.run(
    sql`CREATE INDEX \`_reports_v_version_audience_order_idx\` ON \`_reports_v_version_audience\` (\`_order\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_reports_v_version_audience_parent_id_idx\` ON \`_reports_v_version_audience\` (\`_parent_id\`);`,
  )
  await db.run(sql`CREATE TABLE \`__new__reports_v_version_partners\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`name\` text,
  	\`role\` text DEFAULT 'partner',
  	\`_uuid\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_reports_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(
    sql`INSERT INTO \`__new__reports_v_version_partners\`("_order", "_parent_id", "id", "name", "role", "_uuid") SELECT "_order", "_parent_id", "id", "name", "role", "_uuid" FROM \`_reports_v_version_partners\`;`,
  )
  await db.run(sql`DROP TABLE \`_reports_v_version_partners\`;`)
  await db.run(
    sql`ALTER TABLE \`__new__reports_v_version_partners\` RENAME TO \`_reports_v_version_partners\`;`,
  )
  await db.run(
    sql`CREATE INDEX \`_reports_v_version_partners_order_idx\` ON \`_reports_v_version_partners\` (\`_order\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_reports_v_version_partners_parent_id_idx\` ON \`_reports_v_version_partners\` (\`_parent_id\`);`,
  )
  await db.run(sql`CREATE TABLE \`__new__reports_v_version_guests\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`name\` text,
  	\`_uuid\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_reports_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(
    sql`INSERT INTO \`__new__reports_v_version_guests\`("_order", "_parent_id", "id", "name", "_uuid") SELECT "_order", "_parent_id", "id", "name", "_uuid" FROM \`_reports_v_version_guests\`;`,
  )
  await db.run(sql`DROP TABLE \`_reports_v_version_guests\`;`)
  await db.run(sql`ALTER TABLE \`__new__reports_v_version_guests\` RENAME TO \`_reports_v_version_guests\`;`)
  await db.run(
    sql`CREATE INDEX \`_reports_v_version_guests_order_idx\` ON \`_reports_v_version_guests\` (\`_order\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_reports_v_version_guests_parent_id_idx\` ON \`_reports_v_version_guests\` (\`_parent_id\`);`,
  )
  await db.run(sql`CREATE TABLE \`__new__reports_v_version_quotes\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`person\` text,
  	\`text\` text,
  	\`language\` text,
  	\`_uuid\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_reports_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(
    sql`INSERT INTO \`__new__reports_v_version_quotes\`("_order", "_parent_id", "id", "person", "text", "language", "_uuid") SELECT "_order", "_parent_id", "id", "person", "text", "language", "_uuid" FROM \`_reports_v_version_quotes\`;`,
  )
  await db.run(sql`DROP TABLE \`_reports_v_version_quotes\`;`)
  await db.run(sql`ALTER TABLE \`__new__reports_v_version_quotes\` RENAME TO \`_reports_v_version_quotes\`;`)
  await db.run(
    sql`CREATE INDEX \`_reports_v_version_quotes_order_idx\` ON \`_reports_v_version_quotes\` (\`_order\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_reports_v_version_quotes_parent_id_idx\` ON \`_reports_v_version_quotes\` (\`_parent_id\`);`,
  )
  await db.run(sql`CREATE TABLE \`__new__reports_v_version_press_coverage\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`outlet\` text,
  	\`country\` text,
  	\`language\` text,
  	\`date\` text,
  	\`headline\` text,
  	\`link\` text,
  	\`_uuid\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_reports_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(
    sql`INSERT INTO \`__new__reports_v_version_press_coverage\`("_order", "_parent_id", "id", "outlet", "country", "language", "date", "headline", "link", "_uuid") SELECT "_order", "_parent_id", "id", "outlet", "country", "language", "date", "headline", "link", "_uuid" FROM \`_reports_v_version_press_coverage\`;`,
  )
  await db.run(sql`DROP TABLE \`_reports_v_version_press_coverage\`;`)
  await db.run(
    sql`ALTER TABLE \`__new__reports_v_version_press_coverage\` RENAME TO \`_reports_v_version_press_coverage\`;`,
  )
  await db.run(
    sql`CREATE INDEX \`_reports_v_version_press_coverage_order_idx\` ON \`_reports_v_version_press_coverage\` (\`_order\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_reports_v_version_press_coverage_parent_id_idx\` ON \`_reports_v_version_press_coverage\` (\`_parent_id\`);`,
  )
  await db.run(sql`CREATE TABLE \`__new__reports_v_version_outcomes\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`kind\` text,
  	\`counterpart\` text,
  	\`reach\` numeric,
  	\`_uuid\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_reports_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(
    sql`INSERT INTO \`__new__reports_v_version_outcomes\`("_order", "_parent_id", "id", "kind", "counterpart", "reach", "_uuid") SELECT "_order", "_parent_id", "id", "kind", "counterpart", "reach", "_uuid" FROM \`_reports_v_version_outcomes\`;`,
  )
  await db.run(sql`DROP TABLE \`_reports_v_version_outcomes\`;`)
  await db.run(
    sql`ALTER TABLE \`__new__reports_v_version_outcomes\` RENAME TO \`_reports_v_version_outcomes\`;`,
  )
  await db.run(
    sql`CREATE INDEX \`_reports_v_version_outcomes_order_idx\` ON \`_reports_v_version_outcomes\` (\`_order\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_reports_v_version_outcomes_parent_id_idx\` ON \`_reports_v_version_outcomes\` (\`_parent_id\`);`,
  )
  await db.run(sql`CREATE TABLE \`__new__reports_v_version_outcomes_locales\` (
  	\`description\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_reports_v_version_outcomes\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(
    sql`INSERT INTO \`__new__reports_v_version_outcomes_locales\`("description", "id", "_locale", "_parent_id") SELECT "description", "id", "_locale", "_parent_id" FROM \`_reports_v_version_outcomes_locales\`;`,
  )
  await db.run(sql`DROP TABLE \`_reports_v_version_outcomes_locales\`;`)
  await db.run(
    sql`ALTER TABLE \`__new__reports_v_version_outcomes_locales\` RENAME TO \`_reports_v_version_outcomes_locales\`;`,
  )
  await db.run(
    sql`CREATE UNIQUE INDEX \`_reports_v_version_outcomes_locales_locale_parent_id_unique\` ON \`_reports_v_version_outcomes_locales\` (\`_locale\`,\`_parent_id\`);`,
  )
  await db.run(sql`ALTER TABLE \`reports\` ADD \`written_in\` text;`)
  await db.run(sql`ALTER TABLE \`_reports_v\` ADD \`version_written_in\` text;`)
  await db.run(sql`ALTER TABLE \`users\` ADD \`language\` text DEFAULT 'ru';`)
  await db.run(sql`ALTER TABLE \`users\` ADD \`disabled\` integer DEFAULT false;`)
  await db.run(
    sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`audit_log_id\` integer REFERENCES audit_log(id);`,
  )
  await db.run(
    sql`CREATE INDEX \`payload_locked_documents_rels_audit_log_id_idx\` ON \`payload_locked_documents_rels\` (\`audit_log_id\`);`,
  )
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP TABLE \`reports_screenings\`;`)
  await db.run(sql`DROP TABLE \`_reports_v_version_screenings\`;`)
  await db.run(sql`DROP TABLE \`audit_log\`;`)
  await db.run(sql`PRAGMA foreign_keys=OFF;`)
  await db.run(sql`CREATE TABLE \`__new_payload_locked_documents_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`events_id\` integer,
  	\`screenings_id\` integer,
  	\`reports_id\` integer,
  	\`films_id\` integer,
  	\`embassies_id\` integer,
  	\`media_id\` integer,
  	\`users_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`payload_locked_documents\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`events_id\`) REFERENCES \`events\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`screenings_id\`) REFERENCES \`screenings\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`reports_id\`) REFERENCES \`reports\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`films_id\`) REFERENCES \`films\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`embassies_id\`) REFERENCES \`embassies\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`media_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`users_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(
    sql`INSERT INTO \`__new_payload_locked_documents_rels\`("id", "order", "parent_id", "path", "events_id", "screenings_id", "reports_id", "films_id", "embassies_id", "media_id", "users_id") SELECT "id", "order", "parent_id", "path", "events_id", "screenings_id", "reports_id", "films_id", "embassies_id", "media_id", "users_id" FROM \`payload_locked_documents_rels\`;`,
  )
  await db.run(sql`DROP TABLE \`payload_locked_documents_rels\`;`)
  await db.run(
    sql`ALTER TABLE \`__new_payload_locked_documents_rels\` RENAME TO \`payload_locked_documents_rels\`;`,
  )
  await db.run(sql`PRAGMA foreign_keys=ON;`)
  await db.run(
    sql`CREATE INDEX \`payload_locked_documents_rels_order_idx\` ON \`payload_locked_documents_rels\` (\`order\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`payload_locked_documents_rels_parent_idx\` ON \`payload_locked_documents_rels\` (\`parent_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`payload_locked_documents_rels_path_idx\` ON \`payload_locked_documents_rels\` (\`path\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`payload_locked_documents_rels_events_id_idx\` ON \`payload_locked_documents_rels\` (\`events_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`payload_locked_documents_rels_screenings_id_idx\` ON \`payload_locked_documents_rels\` (\`screenings_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`payload_locked_documents_rels_reports_id_idx\` ON \`payload_locked_documents_rels\` (\`reports_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`payload_locked_documents_rels_films_id_idx\` ON \`payload_locked_documents_rels\` (\`films_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`payload_locked_documents_rels_embassies_id_idx\` ON \`payload_locked_documents_rels\` (\`embassies_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`payload_locked_documents_rels_media_id_idx\` ON \`payload_locked_documents_rels\` (\`media_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`payload_locked_documents_rels_users_id_idx\` ON \`payload_locked_documents_rels\` (\`users_id\`);`,
  )
  await db.run(sql`CREATE TABLE \`__new_reports_audience\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`segment\` text NOT NULL,
  	\`count\` numeric NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`reports\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(
    sql`INSERT INTO \`__new_reports_audience\`("_order", "_parent_id", "id", "segment", "count") SELECT "_order", "_parent_id", "id", "segment", "count" FROM \`reports_audience\`;`,
  )
  await db.run(sql`DROP TABLE \`reports_audience\`;`)
  await db.run(sql`ALTER TABLE \`__new_reports_audience\` RENAME TO \`reports_audience\`;`)
  await db.run(sql`CREATE INDEX \`reports_audience_order_idx\` ON \`reports_audience\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`reports_audience_parent_id_idx\` ON \`reports_audience\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`__new_reports_partners\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`name\` text NOT NULL,
  	\`role\` text DEFAULT 'partner',
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`reports\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(
    sql`INSERT INTO \`__new_reports_partners\`("_order", "_parent_id", "id", "name", "role") SELECT "_order", "_parent_id", "id", "name", "role" FROM \`reports_partners\`;`,
  )
  await db.run(sql`DROP TABLE \`reports_partners\`;`)
  await db.run(sql`ALTER TABLE \`__new_reports_partners\` RENAME TO \`reports_partners\`;`)
  await db.run(sql`CREATE INDEX \`reports_partners_order_idx\` ON \`reports_partners\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`reports_partners_parent_id_idx\` ON \`reports_partners\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`__new_reports_guests\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`name\` text NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`reports\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(
    sql`INSERT INTO \`__new_reports_guests\`("_order", "_parent_id", "id", "name") SELECT "_order", "_parent_id", "id", "name" FROM \`reports_guests\`;`,
  )
  await db.run(sql`DROP TABLE \`reports_guests\`;`)
  await db.run(sql`ALTER TABLE \`__new_reports_guests\` RENAME TO \`reports_guests\`;`)
  await db.run(sql`CREATE INDEX \`reports_guests_order_idx\` ON \`reports_guests\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`reports_guests_parent_id_idx\` ON \`reports_guests\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`__new_reports_quotes\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`person\` text NOT NULL,
  	\`text\` text NOT NULL,
  	\`language\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`reports\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(
    sql`INSERT INTO \`__new_reports_quotes\`("_order", "_parent_id", "id", "person", "text", "language") SELECT "_order", "_parent_id", "id", "person", "text", "language" FROM \`reports_quotes\`;`,
  )
  await db.run(sql`DROP TABLE \`reports_quotes\`;`)
  await db.run(sql`ALTER TABLE \`__new_reports_quotes\` RENAME TO \`reports_quotes\`;`)
  await db.run(sql`CREATE INDEX \`reports_quotes_order_idx\` ON \`reports_quotes\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`reports_quotes_parent_id_idx\` ON \`reports_quotes\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`__new_reports_press_coverage\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`outlet\` text NOT NULL,
  	\`country\` text,
  	\`language\` text,
  	\`date\` text,
  	\`headline\` text,
  	\`link\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`reports\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(
    sql`INSERT INTO \`__new_reports_press_coverage\`("_order", "_parent_id", "id", "outlet", "country", "language", "date", "headline", "link") SELECT "_order", "_parent_id", "id", "outlet", "country", "language", "date", "headline", "link" FROM \`reports_press_coverage\`;`,
  )
  await db.run(sql`DROP TABLE \`reports_press_coverage\`;`)
  await db.run(sql`ALTER TABLE \`__new_reports_press_coverage\` RENAME TO \`reports_press_coverage\`;`)
  await db.run(
    sql`CREATE INDEX \`reports_press_coverage_order_idx\` ON \`reports_press_coverage\` (\`_order\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`reports_press_coverage_parent_id_idx\` ON \`reports_press_coverage\` (\`_parent_id\`);`,
  )
  await db.run(sql`CREATE TABLE \`__new_reports_outcomes\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`kind\` text NOT NULL,
  	\`counterpart\` text,
  	\`reach\` numeric,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`reports\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(
    sql`INSERT INTO \`__new_reports_outcomes\`("_order", "_parent_id", "id", "kind", "counterpart", "reach") SELECT "_order", "_parent_id", "id", "kind", "counterpart", "reach" FROM \`reports_outcomes\`;`,
  )
  await db.run(sql`DROP TABLE \`reports_outcomes\`;`)
  await db.run(sql`ALTER TABLE \`__new_reports_outcomes\` RENAME TO \`reports_outcomes\`;`)
  await db.run(sql`CREATE INDEX \`reports_outcomes_order_idx\` ON \`reports_outcomes\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`reports_outcomes_parent_id_idx\` ON \`reports_outcomes\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`__new_reports_outcomes_locales\` (
  	\`description\` text NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` text NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`reports_outcomes\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(
    sql`INSERT INTO \`__new_reports_outcomes_locales\`("description", "id", "_locale", "_parent_id") SELECT "description", "id", "_locale", "_parent_id" FROM \`reports_outcomes_locales\`;`,
  )
  await db.run(sql`DROP TABLE \`reports_outcomes_locales\`;`)
  await db.run(sql`ALTER TABLE \`__new_reports_outcomes_locales\` RENAME TO \`reports_outcomes_locales\`;`)
  await db.run(
    sql`CREATE UNIQUE INDEX \`reports_outcomes_locales_locale_parent_id_unique\` ON \`reports_outcomes_locales\` (\`_locale\`,\`_parent_id\`);`,
  )
  await db.run(sql`CREATE TABLE \`__new__reports_v_version_audience\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`segment\` text NOT NULL,
  	\`count\` numeric NOT NULL,
  	\`_uuid\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_reports_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(
    sql`INSERT INTO \`__new__reports_v_version_audience\`("_order", "_parent_id", "id", "segment", "count", "_uuid") SELECT "_order", "_parent_id", "id", "segment", "count", "_uuid" FROM \`_reports_v_version_audience\`;`,
  )
  await db.run(sql`DROP TABLE \`_reports_v_version_audience\`;`)
  await db.run(
    sql`ALTER TABLE \`__new__reports_v_version_audience\` RENAME TO \`_reports_v_version_audience\`;`,
  )
  await db.run(
    sql`CREATE INDEX \`_reports_v_version_audience_order_idx\` ON \`_reports_v_version_audience\` (\`_order\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_reports_v_version_audience_parent_id_idx\` ON \`_reports_v_version_audience\` (\`_parent_id\`);`,
  )
  await db.run(sql`CREATE TABLE \`__new__reports_v_version_partners\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`name\` text NOT NULL,
  	\`role\` text DEFAULT 'partner',
  	\`_uuid\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_reports_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(
    sql`INSERT INTO \`__new__reports_v_version_partners\`("_order", "_parent_id", "id", "name", "role", "_uuid") SELECT "_order", "_parent_id", "id", "name", "role", "_uuid" FROM \`_reports_v_version_partners\`;`,
  )
  await db.run(sql`DROP TABLE \`_reports_v_version_partners\`;`)
  await db.run(
    sql`ALTER TABLE \`__new__reports_v_version_partners\` RENAME TO \`_reports_v_version_partners\`;`,
  )
  await db.run(
    sql`CREATE INDEX \`_reports_v_version_partners_order_idx\` ON \`_reports_v_version_partners\` (\`_order\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_reports_v_version_partners_parent_id_idx\` ON \`_reports_v_version_partners\` (\`_parent_id\`);`,
  )
  await db.run(sql`CREATE TABLE \`__new__reports_v_version_guests\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`name\` text NOT NULL,
  	\`_uuid\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_reports_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(
    sql`INSERT INTO \`__new__reports_v_version_guests\`("_order", "_parent_id", "id", "name", "_uuid") SELECT "_order", "_parent_id", "id", "name", "_uuid" FROM \`_reports_v_version_guests\`;`,
  )
  await db.run(sql`DROP TABLE \`_reports_v_version_guests\`;`)
  await db.run(sql`ALTER TABLE \`__new__reports_v_version_guests\` RENAME TO \`_reports_v_version_guests\`;`)
  await db.run(
    sql`CREATE INDEX \`_reports_v_version_guests_order_idx\` ON \`_reports_v_version_guests\` (\`_order\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_reports_v_version_guests_parent_id_idx\` ON \`_reports_v_version_guests\` (\`_parent_id\`);`,
  )
  await db.run(sql`CREATE TABLE \`__new__reports_v_version_quotes\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`person\` text NOT NULL,
  	\`text\` text NOT NULL,
  	\`language\` text,
  	\`_uuid\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_reports_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(
    sql`INSERT INTO \`__new__reports_v_version_quotes\`("_order", "_parent_id", "id", "person", "text", "language", "_uuid") SELECT "_order", "_parent_id", "id", "person", "text", "language", "_uuid" FROM \`_reports_v_version_quotes\`;`,
  )
  await db.run(sql`DROP TABLE \`_reports_v_version_quotes\`;`)
  await db.run(sql`ALTER TABLE \`__new__reports_v_version_quotes\` RENAME TO \`_reports_v_version_quotes\`;`)
  await db.run(
    sql`CREATE INDEX \`_reports_v_version_quotes_order_idx\` ON \`_reports_v_version_quotes\` (\`_order\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_reports_v_version_quotes_parent_id_idx\` ON \`_reports_v_version_quotes\` (\`_parent_id\`);`,
  )
  await db.run(sql`CREATE TABLE \`__new__reports_v_version_press_coverage\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`outlet\` text NOT NULL,
  	\`country\` text,
  	\`language\` text,
  	\`date\` text,
  	\`headline\` text,
  	\`link\` text,
  	\`_uuid\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_reports_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(
    sql`INSERT INTO \`__new__reports_v_version_press_coverage\`("_order", "_parent_id", "id", "outlet", "country", "language", "date", "headline", "link", "_uuid") SELECT "_order", "_parent_id", "id", "outlet", "country", "language", "date", "headline", "link", "_uuid" FROM \`_reports_v_version_press_coverage\`;`,
  )
  await db.run(sql`DROP TABLE \`_reports_v_version_press_coverage\`;`)
  await db.run(
    sql`ALTER TABLE \`__new__reports_v_version_press_coverage\` RENAME TO \`_reports_v_version_press_coverage\`;`,
  )
  await db.run(
    sql`CREATE INDEX \`_reports_v_version_press_coverage_order_idx\` ON \`_reports_v_version_press_coverage\` (\`_order\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_reports_v_version_press_coverage_parent_id_idx\` ON \`_reports_v_version_press_coverage\` (\`_parent_id\`);`,
  )
  await db.run(sql`CREATE TABLE \`__new__reports_v_version_outcomes\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`kind\` text NOT NULL,
  	\`counterpart\` text,
  	\`reach\` numeric,
  	\`_uuid\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_reports_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(
    sql`INSERT INTO \`__new__reports_v_version_outcomes\`("_order", "_parent_id", "id", "kind", "counterpart", "reach", "_uuid") SELECT "_order", "_parent_id", "id", "kind", "counterpart", "reach", "_uuid" FROM \`_reports_v_version_outcomes\`;`,
  )
  await db.run(sql`DROP TABLE \`_reports_v_version_outcomes\`;`)
  await db.run(
    sql`ALTER TABLE \`__new__reports_v_version_outcomes\` RENAME TO \`_reports_v_version_outcomes\`;`,
  )
  await db.run(
    sql`CREATE INDEX \`_reports_v_version_outcomes_order_idx\` ON \`_reports_v_version_outcomes\` (\`_order\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_reports_v_version_outcomes_parent_id_idx\` ON \`_reports_v_version_outcomes\` (\`_parent_id\`);`,
  )
  await db.run(sql`CREATE TABLE \`__new__reports_v_version_outcomes_locales\` (
  	\`description\` text NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_reports_v_version_outcomes\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(
    sql`INSERT INTO \`__new__reports_v_version_outcomes_locales\`("description", "id", "_locale", "_parent_id") SELECT "description", "id", "_locale", "_parent_id" FROM \`_reports_v_version_outcomes_locales\`;`,
  )
  await db.run(sql`DROP TABLE \`_reports_v_version_outcomes_locales\`;`)
  await db.run(
    sql`ALTER TABLE \`__new__reports_v_version_outcomes_locales\` RENAME TO \`_reports_v_version_outcomes_locales\`;`,
  )
  await db.run(
    sql`CREATE UNIQUE INDEX \`_reports_v_version_outcomes_locales_locale_parent_id_unique\` ON \`_reports_v_version_outcomes_locales\` (\`_locale\`,\`_parent_id\`);`,
  )
  await db.run(sql`ALTER TABLE \`reports_rels\` ADD \`screenings_id\` integer REFERENCES screenings(id);`)
  await db.run(sql`CREATE INDEX \`reports_rels_screenings_id_idx\` ON \`reports_rels\` (\`screenings_id\`);`)
  await db.run(sql`ALTER TABLE \`_reports_v_rels\` ADD \`screenings_id\` integer REFERENCES screenings(id);`)
  await db.run(
    sql`CREATE INDEX \`_reports_v_rels_screenings_id_idx\` ON \`_reports_v_rels\` (\`screenings_id\`);`,
  )
  await db.run(sql`ALTER TABLE \`reports\` DROP COLUMN \`written_in\`;`)
  await db.run(sql`ALTER TABLE \`_reports_v\` DROP COLUMN \`version_written_in\`;`)
  await db.run(sql`ALTER TABLE \`users\` DROP COLUMN \`language\`;`)
  await db.run(sql`ALTER TABLE \`users\` DROP COLUMN \`disabled\`;`)
}
