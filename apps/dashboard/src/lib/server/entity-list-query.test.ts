import { describe, expect, it } from 'vitest';
import { cleanSearch, listSearch, parseListQuery, sortRows, sortSearch } from './entity-list-query.ts';

const known = { groups: new Set(['ai-six-tigers', 'ai-four-dragons']), cities: new Set(['beijing', 'shanghai']) };
const parse = (query: string) => parseListQuery(new URLSearchParams(query), known);

describe('parseListQuery', () => {
  it('defaults to companies sorted by name', () => {
    expect(parse('')).toEqual({ type: 'company', group: null, city: null, q: null, sort: 'name', desc: false, ignored: [] });
  });
  it('reads every filter and a descending sort', () => {
    expect(parse('type=product&group=ai-six-tigers&city=beijing&q=%20智譜%20&sort=-founded')).toEqual({
      type: 'product',
      group: 'ai-six-tigers',
      city: 'beijing',
      q: '智譜',
      sort: 'founded',
      desc: true,
      ignored: [],
    });
  });
  it('takes type=all as every type', () => {
    expect(parse('type=all').type).toBeNull();
  });
  it('reports and ignores what it does not know', () => {
    const q = parse('type=robot&group=nope&city=atlantis&sort=-height');
    expect(q).toMatchObject({ type: 'company', group: null, city: null, sort: 'name', desc: false });
    expect(q.ignored).toEqual(['type', 'group', 'city', 'sort']);
  });
  it('treats empty parameters (an untouched form) as absent', () => {
    expect(parse('type=&group=&city=&q=&sort=')).toEqual(parse(''));
  });
});

describe('cleanSearch', () => {
  it('drops control characters, trims and caps the length', () => {
    expect(cleanSearch('  zhi\u0000pu ')).toBe('zhi pu');
    expect(cleanSearch('   ')).toBeNull();
    expect(cleanSearch(null)).toBeNull();
    expect(cleanSearch('智'.repeat(150))).toHaveLength(100);
  });
});

describe('listSearch and sortSearch', () => {
  it('leaves defaults out and keeps filters', () => {
    expect(listSearch(parse(''))).toBe('');
    expect(listSearch(parse('group=ai-six-tigers&q=ai'), { sort: 'city' })).toBe('?group=ai-six-tigers&q=ai&sort=city');
    expect(listSearch(parse(''), { type: null })).toBe('?type=all');
  });
  it('flips the direction of the current column and starts another ascending', () => {
    expect(sortSearch(parse('sort=founded'), 'founded')).toBe('?sort=-founded');
    expect(sortSearch(parse('sort=-founded'), 'founded')).toBe('?sort=founded');
    expect(sortSearch(parse('sort=-founded'), 'city')).toBe('?sort=city');
    expect(sortSearch(parse(''), 'name')).toBe('?sort=-name');
  });
});

describe('sortRows', () => {
  const rows = [
    { name: 'Zhipu AI', founded: 2019, city: 'Beijing' },
    { name: '01.AI', founded: 2023, city: 'Beijing' },
    { name: 'Prosperity7', founded: null, city: null },
    { name: 'MiniMax', founded: 2021, city: 'Shanghai' },
  ];
  const names = (r: typeof rows) => r.map((x) => x.name);
  it('sorts by name in the reader’s collation', () => {
    expect(names(sortRows(rows, 'name', false, 'en'))).toEqual(['01.AI', 'MiniMax', 'Prosperity7', 'Zhipu AI']);
    expect(names(sortRows(rows, 'name', true, 'en'))).toEqual(['Zhipu AI', 'Prosperity7', 'MiniMax', '01.AI']);
  });
  it('sorts by year with unknown years last either way', () => {
    expect(names(sortRows(rows, 'founded', false, 'en'))).toEqual(['Zhipu AI', 'MiniMax', '01.AI', 'Prosperity7']);
    expect(names(sortRows(rows, 'founded', true, 'en'))).toEqual(['01.AI', 'MiniMax', 'Zhipu AI', 'Prosperity7']);
  });
  it('sorts by city, then by name within a city', () => {
    expect(names(sortRows(rows, 'city', false, 'en'))).toEqual(['01.AI', 'Zhipu AI', 'MiniMax', 'Prosperity7']);
    expect(names(sortRows(rows, 'city', true, 'en'))).toEqual(['MiniMax', '01.AI', 'Zhipu AI', 'Prosperity7']);
  });
  it('does not change its input', () => {
    const copy = [...rows];
    sortRows(rows, 'founded', true, 'en');
    expect(rows).toEqual(copy);
  });
});
