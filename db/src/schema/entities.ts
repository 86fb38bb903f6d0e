import { type AnyPgColumn, index, integer, pgTable, text } from 'drizzle-orm/pg-core';

export const entities = pgTable(
  'entities',
  {
    id: text().primaryKey(),
    type: text().notNull(),
    name_en: text().notNull(),
    name_zh: text().notNull(),
    name_zh_hans: text(),
    aliases: text().array().notNull(),
    group_ids: text().array().notNull(),
    hq: text().references((): AnyPgColumn => entities.id),
    founded: integer(),
    description_en: text().notNull(),
    description_zh: text().notNull(),
    reference_title: text(),
    reference_url: text(),
  },
  (t) => [
    index('entities_type_idx').on(t.type),
    index('entities_group_ids_idx').using('gin', t.group_ids),
  ],
);
