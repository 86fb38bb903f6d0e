import { describe, expect, it } from 'vitest';
import { countByStatus, filterSearch, groupBySection, parseSourceFilters } from './filters.ts';

const ids = ['taiwansig-2024-ai-tigers', 'fpri-2025-vouchers-to-visas'];

describe('parseSourceFilters', () => {
  it('reads a known source and status', () => {
    expect(parseSourceFilters(new URLSearchParams('source=taiwansig-2024-ai-tigers&status=disputed'), ids)).toEqual({
      source: 'taiwansig-2024-ai-tigers',
      status: 'disputed',
    });
  });
  it('treats empty values (the form\'s "all") and unknown values as all', () => {
    expect(parseSourceFilters(new URLSearchParams('source=&status='), ids)).toEqual({ source: null, status: null });
    expect(parseSourceFilters(new URLSearchParams('source=nope&status=wrong'), ids)).toEqual({ source: null, status: null });
    expect(parseSourceFilters(new URLSearchParams(''), ids)).toEqual({ source: null, status: null });
  });
});

describe('filterSearch', () => {
  it('writes only what narrows the view', () => {
    expect(filterSearch({ source: null, status: null })).toBe('');
    expect(filterSearch({ source: null, status: 'unverified' })).toBe('?status=unverified');
    expect(filterSearch({ source: 'a', status: 'disputed' })).toBe('?source=a&status=disputed');
    expect(filterSearch({ source: 'a', status: null }, 3)).toBe('?source=a&page=3');
    expect(filterSearch({ source: null, status: null }, 1)).toBe('');
    expect(filterSearch({ source: null, status: 'disputed' }, 2, { docs: 3, datasets: undefined })).toBe('?status=disputed&page=2&docs=3');
    expect(filterSearch({ source: null, status: null }, 1, { docs: 1, datasets: 2 })).toBe('?docs=1&datasets=2');
  });
  it('round-trips through parseSourceFilters', () => {
    const f = { source: ids[1]!, status: 'corroborated' as const };
    expect(parseSourceFilters(new URLSearchParams(filterSearch(f)), ids)).toEqual(f);
  });
});

describe('countByStatus', () => {
  it('sums each status and the total', () => {
    const counts = [
      { status: 'disputed', claims: 1 },
      { status: 'corroborated', claims: 2 },
      { status: 'unverified', claims: 1 },
      { status: 'corroborated', claims: 3 },
    ] as const;
    expect(countByStatus(counts)).toEqual({ all: 7, corroborated: 5, disputed: 1, unverified: 1 });
  });
  it('gives zeros for no claims', () => {
    expect(countByStatus([])).toEqual({ all: 0, corroborated: 0, disputed: 0, unverified: 0 });
  });
});

describe('groupBySection', () => {
  it('keeps document order and empty sections', () => {
    const claims = [
      { id: 1, locator: 'B' },
      { id: 2, locator: 'A' },
      { id: 3, locator: 'B' },
    ];
    expect(groupBySection(['A', 'B', 'C'], claims)).toEqual([
      { section: 'A', claims: [{ id: 2, locator: 'A' }] },
      { section: 'B', claims: [{ id: 1, locator: 'B' }, { id: 3, locator: 'B' }] },
      { section: 'C', claims: [] },
    ]);
  });
  it('never drops a claim whose locator is not a listed heading', () => {
    const groups = groupBySection(['A'], [{ locator: 'Z' }, { locator: 'Y' }, { locator: 'Z' }]);
    expect(groups.map((g) => [g.section, g.claims.length])).toEqual([
      ['A', 0],
      ['Y', 1],
      ['Z', 2],
    ]);
  });
});
