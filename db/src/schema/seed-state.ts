import { pgTable, text, timestamp } from 'drizzle-orm/pg-core';

/** One row: the hash of the dataset last seeded, so seeding the same data again is a no-op. */
export const seedState = pgTable('seed_state', {
  id: text().primaryKey(),
  dataset_hash: text().notNull(),
  /** The latest release seeded with it (null: data seeded without a release history, as in tests). */
  release: text(),
  seeded_at: timestamp({ withTimezone: true, mode: 'string' }).notNull(),
});
