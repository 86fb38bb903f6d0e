import { href } from './i18n/locale.ts';

/** Anchor of a claim on the Sources page, so every number is one click from its provenance. */
export const claimAnchor = (collection: 'figures' | 'events' | 'relations', id: string) => `claim-${collection}-${id}`;

export const claimHref = (collection: 'figures' | 'events' | 'relations', id: string) =>
  `${href('/sources')}#${claimAnchor(collection, id)}`;
