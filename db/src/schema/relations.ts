import { date, doublePrecision, index, pgTable, text } from 'drizzle-orm/pg-core';
import type { Column } from 'drizzle-orm';
import { provenanceColumns } from './columns.ts';
import { otherPlacesText, searchText, trigramIndexed } from './search-text.ts';
import { entities } from './entities.ts';

/** What `q` reads of a relation itself (its subject's and object's names are matched through entities). */
export const relationSearchText = (t: Record<'source_text' | 'other_locations', Column>) =>
  searchText([t.source_text, otherPlacesText(t.other_locations)]);

export const relations = pgTable(
  'relations',
  {
    id: text().primaryKey(),
    subject_id: text()
      .notNull()
      .references(() => entities.id),
    predicate: text().notNull(),
    object_id: text()
      .notNull()
      .references(() => entities.id),
    value: doublePrecision(),
    unit: text(),
    as_of: date({ mode: 'string' }),
    ...provenanceColumns(),
  },
  (t) => [
    index('relations_subject_idx').on(t.subject_id),
    index('relations_object_idx').on(t.object_id),
    index('relations_predicate_idx').on(t.predicate),
    index('relations_source_idx').on(t.source_id),
    index('relations_search_idx').using('gin', trigramIndexed(relationSearchText(t))),
  ],
);
