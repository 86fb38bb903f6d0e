import { date, index, integer, jsonb, pgTable, text } from 'drizzle-orm/pg-core';
import type { ChangeKind, FieldChange, Release } from '@aiwatch/data/releases';

/** The dataset's releases, oldest first by `seq`: what citations, downloads and ETags refer to. */
export const releases = pgTable('releases', {
  version: text().primaryKey(),
  /** The release's place in the history: 0 for the first. */
  seq: integer().notNull().unique(),
  released_on: date({ mode: 'string' }).notNull(),
  previous: text(),
  dataset_sha256: text().notNull(),
  notes_en: text().notNull(),
  notes_zh: text().notNull(),
  counts: jsonb().$type<Release['counts']>().notNull(),
  changes: jsonb().$type<Release['changes']>().notNull(),
  sources_changed: jsonb().$type<Release['sources_changed']>().notNull(),
});

/** Every record's change in every release, as the release recorded it. */
export const changes = pgTable(
  'changes',
  {
    /** `<version>/<table>/<record id>`: stable, the anchor of a feed entry. */
    id: text().primaryKey(),
    release: text()
      .notNull()
      .references(() => releases.version),
    /** The release's seq, so lists run newest release first without a join. */
    release_seq: integer().notNull(),
    /** Order within the release: by table, then record id. */
    position: integer().notNull(),
    table_name: text().notNull(),
    record_id: text().notNull(),
    kind: text({ enum: ['added', 'removed', 'changed', 'renamed'] }).$type<ChangeKind>().notNull(),
    previous_id: text(),
    entity_ids: text().array().notNull(),
    label_en: text().notNull(),
    label_zh: text().notNull(),
    fields: jsonb().$type<FieldChange[]>().notNull(),
    record: jsonb().$type<Record<string, unknown>>(),
  },
  (t) => [
    index('changes_order_idx').on(t.release_seq, t.position),
    index('changes_entity_ids_idx').using('gin', t.entity_ids),
    index('changes_record_idx').on(t.table_name, t.record_id),
  ],
);
