import type { Event, Relation } from '@aiwatch/data/schemas';

/**
 * Several sources may state the same event or relation (news reports naming the same investor of a
 * company): pages show each once, with every claim that states it, and so every source.
 */
export interface EventWithClaims<E extends Event = Event> {
  event: E;
  claims: E[];
}

export interface RelationWithClaims {
  relation: Relation;
  claims: Relation[];
}

/** Claims grouped by what they state, in the order first met. */
function grouped<T>(claims: T[], key: (claim: T) => string): T[][] {
  const groups = new Map<string, T[]>();
  for (const c of claims) groups.set(key(c), [...(groups.get(key(c)) ?? []), c]);
  return [...groups.values()];
}

/** Each event once, however many claims state it. */
export function sameEvents<E extends Event>(events: E[]): EventWithClaims<E>[] {
  const key = (e: Event) => [e.kind, e.date, e.date_precision, e.date_qualifier, e.title_en, [...e.entity_ids].sort().join(',')].join('|');
  return grouped(events, key).map((claims) => ({ event: claims[0]!, claims }));
}

/** Each subject–predicate–object once, however many claims state it. */
export function sameRelations(relations: Relation[]): RelationWithClaims[] {
  return grouped(relations, (r) => `${r.subject_id}|${r.predicate}|${r.object_id}`).map((claims) => ({ relation: claims[0]!, claims }));
}
