import type { Event } from '@aiwatch/data/schemas';

export interface EventWithClaims {
  event: Event;
  /** Every claim stating this event: the digest, say, gives it once in English and once in Chinese. */
  claims: Event[];
}

/** Each event once, however many claims state it, in the order first met. */
export function sameEvents(events: Event[]): EventWithClaims[] {
  const groups = new Map<string, Event[]>();
  for (const e of events) {
    const key = [e.kind, e.date, e.date_precision, e.date_qualifier, e.title_en, [...e.entity_ids].sort().join(',')].join('|');
    groups.set(key, [...(groups.get(key) ?? []), e]);
  }
  return [...groups.values()].map((claims) => ({ event: claims[0]!, claims }));
}
