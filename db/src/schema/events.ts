import { date, index, pgTable, text } from 'drizzle-orm/pg-core';
import type { Column } from 'drizzle-orm';
import { provenanceColumns } from './columns.ts';
import { otherPlacesText, searchText, trigramIndexed } from './search-text.ts';

/** What `q` reads of an event itself (its entities' names are matched through entities). */
export const eventSearchText = (t: Record<'title_en' | 'title_zh' | 'source_text' | 'other_locations', Column>) =>
  searchText([t.title_en, t.title_zh, t.source_text, otherPlacesText(t.other_locations)]);

export const events = pgTable(
  'events',
  {
    id: text().primaryKey(),
    date: date({ mode: 'string' }).notNull(),
    date_precision: text().notNull(),
    date_qualifier: text().notNull(),
    // The days the date covers (eventSpan of @aiwatch/data): range filters and sorting use these.
    date_start: date({ mode: 'string' }).notNull(),
    date_end: date({ mode: 'string' }).notNull(),
    kind: text().notNull(),
    title_en: text().notNull(),
    title_zh: text().notNull(),
    entity_ids: text().array().notNull(),
    ...provenanceColumns(),
  },
  (t) => [
    index('events_date_start_idx').on(t.date_start, t.id),
    index('events_kind_idx').on(t.kind),
    index('events_entity_ids_idx').using('gin', t.entity_ids),
    index('events_source_idx').on(t.source_id),
    index('events_search_idx').using('gin', trigramIndexed(eventSearchText(t))),
  ],
);
