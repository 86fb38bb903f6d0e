import { sql, type Column } from 'drizzle-orm';
import { boolean, date, doublePrecision, index, jsonb, pgTable, text } from 'drizzle-orm/pg-core';
import type { ModelDeveloper } from '@aiwatch/data/schemas';
import { searchText, trigramIndexed } from './search-text.ts';
import { sources } from './sources.ts';

/**
 * A model's name and its developers' names, as `q` reads them. `developer_names()` (migration 0012)
 * lists the names of the `developers` JSON, so a search never matches the JSON's own syntax.
 */
export const modelSearchText = (t: Record<'name' | 'developers', Column>) => searchText([t.name], sql`developer_names(${t.developers})`);

export const models = pgTable(
  'models',
  {
    id: text().primaryKey(),
    name: text().notNull(),
    key: text().notNull(),
    developers: jsonb().$type<ModelDeveloper[]>().notNull(),
    /** The developers' resolved entity ids, for filtering by developer (not in the dataset schema). */
    developer_ids: text().array().notNull(),
    countries: text().array().notNull(),
    published_on: date({ mode: 'string' }),
    date_precision: text({ enum: ['day', 'month', 'year'] }),
    domains: text().array().notNull(),
    tasks: text().array().notNull(),
    parameters: doublePrecision(),
    training_compute: doublePrecision(),
    hardware: text().array().notNull(),
    accessibility: text(),
    open_weights: boolean(),
    link: text(),
    source_id: text()
      .notNull()
      .references(() => sources.id),
    cells: jsonb().$type<Record<string, string>>().notNull(),
  },
  (t) => [
    index('models_published_idx').on(t.published_on, t.id),
    // The models table's default order, newest first with undated models last.
    index('models_newest_idx').on(t.published_on.desc().nullsLast(), t.id),
    index('models_developer_ids_idx').using('gin', t.developer_ids),
    index('models_countries_idx').using('gin', t.countries),
    index('models_domains_idx').using('gin', t.domains),
    index('models_search_idx').using('gin', trigramIndexed(modelSearchText(t))),
  ],
);
