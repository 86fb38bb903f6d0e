import type { Location } from '@aiwatch/data/schemas';
import { jsonb, text } from 'drizzle-orm/pg-core';
import { sources } from './sources.ts';

/** Provenance columns shared by every claim table (figures, events, relations). */
export const provenanceColumns = () => ({
  source_id: text()
    .notNull()
    .references(() => sources.id),
  locator: text().notNull(),
  source_text: text().notNull(),
  /** Further places in the same source stating the same fact; null when there are none. */
  other_locations: jsonb().$type<Location[]>(),
  review_status: text({ enum: ['corroborated', 'disputed', 'unverified'] }).notNull(),
  review_note_en: text().notNull(),
  review_note_zh: text().notNull(),
  review_reference_title: text(),
  review_reference_title_zh: text(),
  review_reference_url: text(),
});

