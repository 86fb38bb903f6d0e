import { date, doublePrecision, index, pgTable, text } from 'drizzle-orm/pg-core';
import { provenanceColumns } from './columns.ts';
import { entities } from './entities.ts';

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
  ],
);
