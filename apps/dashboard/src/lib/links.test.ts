import { describe, expect, it } from 'vitest';
import { claimHref, readClaimAnchor, readClaimParam } from './links.ts';

describe('claim links', () => {
  it('name the claim for the server and its anchor for the browser', () => {
    expect(claimHref('figures', 'talkie-users-first-year')).toBe('/sources?claim=figures/talkie-users-first-year#claim-figures-talkie-users-first-year');
  });
  it('read back what they name', () => {
    const href = new URL(claimHref('relations', 'a-b'), 'http://x');
    expect(readClaimParam(href.searchParams.get('claim'))).toEqual({ collection: 'relations', id: 'a-b' });
    expect(readClaimAnchor(href.hash)).toEqual({ collection: 'relations', id: 'a-b' });
  });
  it('name nothing when the value is not a claim', () => {
    for (const bad of [null, '', 'figures', 'figures/', 'models/x']) expect(readClaimParam(bad), String(bad)).toBeNull();
    for (const bad of ['', '#source-x', '#claim-models-x', '#claim-figures-']) expect(readClaimAnchor(bad), bad).toBeNull();
  });
});
