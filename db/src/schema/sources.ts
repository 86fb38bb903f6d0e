import { date, integer, pgTable, text } from 'drizzle-orm/pg-core';

export const sources = pgTable('sources', {
  id: text().primaryKey(),
  kind: text({ enum: ['document', 'dataset', 'article'] }).notNull(),
  file: text(),
  title: text().notNull(),
  title_zh: text().notNull(),
  author: text().notNull(),
  publisher: text().notNull(),
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
});
