import { describe, expect, it } from 'vitest';
import { claimPages } from './claim-pages.ts';

const sources = [
  { id: 'b-doc', sections: ['Intro', 'Body', 'End'], before: 4 },
  { id: 'a-doc', sections: ['Only'], before: 0 },
];
const counts = [
  { source_id: 'a-doc', locator: 'Only', claims: 4 },
  { source_id: 'b-doc', locator: 'Body', claims: 3 },
  { source_id: 'b-doc', locator: 'Intro', claims: 2 },
  { source_id: 'b-doc', locator: 'Intro', claims: 1 },
  { source_id: 'b-doc', locator: 'Stray', claims: 5 },
];

describe('claimPages', () => {
  it('places each source from the claims before it, and its sections in reading order, pages of 5', () => {
    const places = claimPages(sources, counts, 5);
    expect(places.get('a-doc')).toEqual({ claims: 4, page: 1, sections: [{ section: 'Only', index: 0, claims: 4, page: 1 }] });
    // b-doc starts at claim 5 (page 1), its Body at claim 8 (page 2), the stray locator, after its headings, at claim 11 (page 3).
    expect(places.get('b-doc')).toEqual({
      claims: 11,
      page: 1,
      sections: [
        { section: 'Intro', index: 0, claims: 3, page: 1 },
        { section: 'Body', index: 1, claims: 3, page: 2 },
        { section: 'End', index: 2, claims: 0, page: null },
        { section: 'Stray', index: 3, claims: 5, page: 3 },
      ],
    });
  });

  it('gives a source with no claims no page', () => {
    expect(claimPages(sources, [], 5).get('b-doc')).toMatchObject({ claims: 0, page: null });
  });
});
