import type { Column } from 'drizzle-orm';
import { type AnyPgColumn, index, integer, pgTable, text } from 'drizzle-orm/pg-core';
import { searchText, trigramIndexed } from './search-text.ts';

/** An entity's id, names in English, Traditional and Simplified Chinese, and aliases, as `q` reads them. */
export const entitySearchText = (
  t: Record<'id' | 'name_en' | 'name_zh' | 'name_zh_hans' | 'aliases', Column>,
) => searchText([t.id, t.name_en, t.name_zh, t.name_zh_hans], t.aliases);

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
    reference_title_zh: text(),
    reference_url: text(),
  },
  (t) => [
    index('entities_type_idx').on(t.type),
    // The Companies list's headquarters filter, and whether a place is anyone's headquarters.
    index('entities_hq_idx').on(t.hq),
    index('entities_group_ids_idx').using('gin', t.group_ids),
    index('entities_search_idx').using('gin', trigramIndexed(entitySearchText(t))),
  ],
);
