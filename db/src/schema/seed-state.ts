import { pgTable, text, timestamp } from 'drizzle-orm/pg-core';

/** One row: the hash of the dataset last seeded, so seeding the same data again is a no-op. */
export const seedState = pgTable('seed_state', {
  id: text().primaryKey(),
  dataset_hash: text().notNull(),
  seeded_at: timestamp({ withTimezone: true, mode: 'string' }).notNull(),
});
