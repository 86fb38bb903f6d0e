import { formatValue } from '@aiwatch/data/numbers';
import type { Relation } from '@aiwatch/data/schemas';
import { formatEventDate } from '$lib/event-date';
import { displayLocale, locale, pick } from '$lib/i18n/locale';
import { reviewView } from '$lib/server/claim-view';
import { entityRef, eventKindNames, predicateNames, type EntityRef } from '$lib/server/entity-labels';
import { claimSource, type ClaimSource } from '$lib/server/claim-source';
import type { Lookup } from '$lib/server/figure-view';
import { sameRelations, type EventWithClaims } from '$lib/server/same-claims';

/** An event on an entity's page: its date as precisely as the document gives it, and who else it involves. */
export function eventView({ event: e, claims }: EventWithClaims, self: string, lookup: Lookup) {
  return {
    id: e.id,
    date: formatEventDate(e, locale()),
    kind: eventKindNames[e.kind](),
    title: pick(e, 'title'),
    others: e.entity_ids.filter((id) => id !== self).map((id) => entityRef(lookup, id)),
    review: reviewView(e.review),
    sources: claims.map((c) => claimSource(lookup, 'events', c)),
  };
}

export interface RelationView {
  id: string;
  /** `null` is the entity whose page this is (named, not linked). */
  subject: EntityRef | null;
  predicate: string;
  object: EntityRef | null;
  amount: string | null;
  review: ReturnType<typeof reviewView>;
  /** A relation stated in more than one place (the digest says it in both languages) keeps every source. */
  sources: ClaimSource[];
}

/**
 * The entity's relations in both directions as plain sentences ("Prosperity7 invested in Zhipu AI",
 * "Zhipu AI is a member of the AI six tigers"), one per subject–predicate–object.
 */
export function relationViews(relations: Relation[], self: string, lookup: Lookup): RelationView[] {
  const side = (id: string) => (id === self ? null : entityRef(lookup, id));
  return sameRelations(relations).map(({ relation: r, claims }) => {
    return {
      id: r.id,
      subject: side(r.subject_id),
      predicate: predicateNames[r.predicate](),
      object: side(r.object_id),
      amount: r.value !== null && r.unit !== null ? formatValue(r.value, r.unit, displayLocale()) : null,
      review: reviewView(r.review),
      sources: claims.map((x) => claimSource(lookup, 'relations', x)),
    };
  });
}

/** Ids on the other side of relations with this predicate, in one direction, without repeats. */
export function linked(relations: Relation[], self: string, predicate: Relation['predicate'], direction: 'out' | 'in'): string[] {
  const ids = relations
    .filter((r) => r.predicate === predicate && (direction === 'out' ? r.subject_id === self : r.object_id === self))
    .map((r) => (direction === 'out' ? r.object_id : r.subject_id));
  return [...new Set(ids)];
}
