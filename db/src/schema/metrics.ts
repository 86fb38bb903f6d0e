import { pgTable, text } from 'drizzle-orm/pg-core';

export const metrics = pgTable('metrics', {
  id: text().primaryKey(),
  name_en: text().notNull(),
  name_zh: text().notNull(),
  unit: text().notNull(),
  description_en: text().notNull(),
  description_zh: text().notNull(),
});
