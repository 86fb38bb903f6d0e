import { index, integer, pgTable, text } from 'drizzle-orm/pg-core';
import { entities } from './entities.ts';

/**
 * Each entity's place in the Companies list's orders, computed by the seed (the data changes only
 * then): its name's rank in each reading language's collation (Intl.Collator, which PostgreSQL and
 * PGlite cannot reproduce; equal names share a rank) and its number of figures. Not part of the
 * dataset: a table of its own, so the entity records the API and downloads give stay as they are.
 */
export const entityOrder = pgTable(
  'entity_order',
  {
    id: text()
      .primaryKey()
      .references(() => entities.id, { onDelete: 'cascade' }),
    name_rank_en: integer().notNull(),
    name_rank_zh: integer().notNull(),
    figure_count: integer().notNull(),
  },
  (t) => [index('entity_order_name_en_idx').on(t.name_rank_en, t.id), index('entity_order_name_zh_idx').on(t.name_rank_zh, t.id)],
);
