import { date, doublePrecision, index, pgTable, text } from 'drizzle-orm/pg-core';
import type { Column } from 'drizzle-orm';
import { provenanceColumns } from './columns.ts';
import { otherPlacesText, searchText, trigramIndexed } from './search-text.ts';
import { entities } from './entities.ts';
import { metrics } from './metrics.ts';

/** What `q` reads of a figure itself (its entity's names are matched through entities). */
export const figureSearchText = (t: Record<'source_text' | 'note_en' | 'note_zh' | 'other_locations', Column>) =>
  searchText([t.source_text, t.note_en, t.note_zh, otherPlacesText(t.other_locations)]);

export const figures = pgTable(
  'figures',
  {
    id: text().primaryKey(),
    entity_id: text()
      .notNull()
      .references(() => entities.id),
    metric: text()
      .notNull()
      .references(() => metrics.id),
    value: doublePrecision().notNull(),
    unit: text().notNull(),
    qualifier: text().notNull(),
    lower: doublePrecision(),
    upper: doublePrecision(),
    as_of: date({ mode: 'string' }),
    period: text(),
    ...provenanceColumns(),
    note_en: text(),
    note_zh: text(),
  },
  (t) => [
    index('figures_entity_idx').on(t.entity_id, t.id),
    index('figures_metric_idx').on(t.metric, t.id),
    index('figures_source_idx').on(t.source_id, t.id),
    index('figures_as_of_idx').on(t.as_of),
    index('figures_search_idx').using('gin', trigramIndexed(figureSearchText(t))),
  ],
);
