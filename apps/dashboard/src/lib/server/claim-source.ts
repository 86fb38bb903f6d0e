import type { Event, Relation } from '@aiwatch/data/schemas';
import { claimHref } from '$lib/links';
import { sourceLabel, type Lookup } from './figure-view.ts';

export interface ClaimSource {
  /** The claim's id: a claim stated twice has two sources. */
  id: string;
  /** Document and section, in the reader's language. */
  label: string;
  /** The claim on the Sources page. */
  href: string;
}

/** Where a claim stands, as a link to it on the Sources page. */
export function claimSource(lookup: Lookup, collection: 'events' | 'relations', claim: Event | Relation): ClaimSource {
  const source = lookup.sources.get(claim.source_id);
  return { id: claim.id, label: source ? sourceLabel(source, claim.locator) : claim.source_id, href: claimHref(collection, claim.id) };
}
