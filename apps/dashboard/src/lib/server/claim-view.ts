import type { Event, Relation, Review } from '@aiwatch/data/schemas';
import { formatEventDate } from '$lib/event-date';
import { locale, pick } from '$lib/i18n/locale';
import { claimAnchor } from '$lib/links';
import { m } from '$lib/paraglide/messages';
import type { Lookup } from './figure-view.ts';

/** Any claim as the Sources page lists it: what it states, as written, and its review. */
export interface ClaimView {
  anchor: string;
  kind: 'figure' | 'event' | 'relation';
  statement: string;
  sourceText: string;
  locator: string;
  review: { status: Review['status']; label: string; note: string; reference: string | null; url: string | null };
}

const reviewLabels = { corroborated: m.review_corroborated, disputed: m.review_disputed, unverified: m.review_unverified };
const predicates: Record<Relation['predicate'], () => string> = {
  invested_in: m.predicate_invested_in,
  owns: m.predicate_owns,
  developed: m.predicate_developed,
  member_of: m.predicate_member_of,
  rescued: m.predicate_rescued,
  partnered_with: m.predicate_partnered_with,
  located_in: m.predicate_located_in,
  issued: m.predicate_issued,
  modelled_on: m.predicate_modelled_on,
  inspired_by: m.predicate_inspired_by,
  sanctioned: m.predicate_sanctioned,
  competes_with: m.predicate_competes_with,
  regulates: m.predicate_regulates,
  funds: m.predicate_funds,
};

export function reviewView(review: Review): ClaimView['review'] {
  return {
    status: review.status,
    label: reviewLabels[review.status](),
    note: pick(review, 'note'),
    reference: review.reference_title,
    url: review.reference_url,
  };
}

export function eventClaim(e: Event): ClaimView {
  return {
    anchor: claimAnchor('events', e.id),
    kind: 'event',
    statement: `${formatEventDate(e, locale())}: ${pick(e, 'title')}`,
    sourceText: e.source_text,
    locator: e.locator,
    review: reviewView(e.review),
  };
}

export function relationClaim(r: Relation, lookup: Lookup): ClaimView {
  const name = (id: string) => {
    const entity = lookup.entities.get(id);
    return entity ? pick(entity, 'name') : id;
  };
  return {
    anchor: claimAnchor('relations', r.id),
    kind: 'relation',
    statement: `${name(r.subject_id)} ${predicates[r.predicate]()} ${name(r.object_id)}`,
    sourceText: r.source_text,
    locator: r.locator,
    review: reviewView(r.review),
  };
}
