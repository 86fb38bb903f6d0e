import { href } from './i18n/locale.ts';

export type ClaimCollection = 'figures' | 'events' | 'relations';

/** Anchor of a claim on the Sources page, so every number is one click from its provenance. */
export const claimAnchor = (collection: ClaimCollection, id: string) => `claim-${collection}-${id}`;

/**
 * A claim on the Sources page. The page lists claims a page at a time, so the link names the claim
 * (`?claim=figures/…`) for the server to open the page holding it, and its anchor to scroll there.
 */
export const claimHref = (collection: ClaimCollection, id: string) => `${href('/sources')}?claim=${collection}/${id}#${claimAnchor(collection, id)}`;

/** The claim a `?claim=` names, or null when it names none. */
export function readClaimParam(value: string | null): { collection: ClaimCollection; id: string } | null {
  const match = /^(figures|events|relations)\/(.+)$/.exec(value ?? '');
  return match ? { collection: match[1] as ClaimCollection, id: match[2]! } : null;
}

/** The claim an anchor written before claims were paged (`#claim-figures-…`) names, or null. */
export function readClaimAnchor(hash: string): { collection: ClaimCollection; id: string } | null {
  const match = /^#claim-(figures|events|relations)-(.+)$/.exec(hash);
  return match ? { collection: match[1] as ClaimCollection, id: decodeURIComponent(match[2]!) } : null;
}
