import { withSpan } from '@aiwatch/data/dates';
import type { Event, Figure, Model, Relation, Review, SpannedEvent } from '@aiwatch/data/schemas';
import type * as t from './schema/index.ts';

type ReviewColumns = Pick<
  typeof t.figures.$inferSelect,
  'review_status' | 'review_note_en' | 'review_note_zh' | 'review_reference_title' | 'review_reference_title_zh' | 'review_reference_url'
>;

/** Claims nest their review (as in the dataset and the API); tables and CSVs keep it flat. */
export function reviewToColumns(r: Review): ReviewColumns {
  return {
    review_status: r.status,
    review_note_en: r.note_en,
    review_note_zh: r.note_zh,
    review_reference_title: r.reference_title,
    review_reference_title_zh: r.reference_title_zh,
    review_reference_url: r.reference_url,
  };
}

export function reviewFromColumns(row: ReviewColumns): Review {
  return {
    status: row.review_status,
    note_en: row.review_note_en,
    note_zh: row.review_note_zh,
    reference_title: row.review_reference_title,
    reference_title_zh: row.review_reference_title_zh,
    reference_url: row.review_reference_url,
  };
}

function flatten<T extends { review: Review }>(claim: T): Omit<T, 'review'> & ReviewColumns {
  const { review, ...rest } = claim;
  return { ...rest, ...reviewToColumns(review) };
}

/** A claim stated in one place has no `other_locations` (absent in the dataset, null in the table). */
function nest<R extends ReviewColumns & { other_locations: unknown }>(row: R) {
  const {
    other_locations,
    review_status,
    review_note_en,
    review_note_zh,
    review_reference_title,
    review_reference_title_zh,
    review_reference_url,
    ...rest
  } = row;
  const review = reviewFromColumns({
    review_status,
    review_note_en,
    review_note_zh,
    review_reference_title,
    review_reference_title_zh,
    review_reference_url,
  });
  return { ...rest, ...(other_locations === null ? {} : { other_locations }), review };
}

export const figureToRow = (f: Figure): typeof t.figures.$inferInsert => flatten(f);
/** An event's row carries the span its date covers, derived here so every writer agrees. */
export const eventToRow = (e: Event): typeof t.events.$inferInsert => flatten(withSpan(e));
export const relationToRow = (r: Relation): typeof t.relations.$inferInsert => flatten(r);

export const figureFromRow = (row: typeof t.figures.$inferSelect): Figure => nest(row) as Figure;
export const eventFromRow = (row: typeof t.events.$inferSelect): SpannedEvent => nest(row) as SpannedEvent;
export const relationFromRow = (row: typeof t.relations.$inferSelect): Relation => nest(row) as Relation;

export const modelToRow = (m: Model): typeof t.models.$inferInsert => ({
  ...m,
  developer_ids: [...new Set(m.developers.flatMap((d) => (d.entity_id ? [d.entity_id] : [])))],
});
export const modelFromRow = ({ developer_ids: _ids, ...row }: typeof t.models.$inferSelect): Model => row as Model;
