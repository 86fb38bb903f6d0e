import { date, index, integer, pgTable, text } from 'drizzle-orm/pg-core';

export const sources = pgTable(
  'sources',
  {
    id: text().primaryKey(),
    kind: text({ enum: ['document', 'dataset', 'article'] }).notNull(),
    file: text(),
    title: text().notNull(),
    title_zh: text().notNull(),
    title_original: text({ enum: ['en', 'zh'] }),
    author: text().notNull(),
    publisher: text().notNull(),
    publisher_zh: text(),
    published_on: date({ mode: 'string' }),
    language: text().notNull(),
    url: text().notNull(),
    sections: text().array().notNull(),
    summary_en: text().notNull(),
    summary_zh: text().notNull(),
    note_en: text(),
    note_zh: text(),
    licence: text(),
    sha256: text(),
    row_count: integer(),
    reliability: text({ enum: ['high', 'medium', 'low'] }),
  },
  // The documents and dataset releases are read by kind, a page at a time, among many articles.
  (t) => [index('sources_kind_idx').on(t.kind, t.id)],
);
