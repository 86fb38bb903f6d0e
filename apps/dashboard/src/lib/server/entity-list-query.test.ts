import { describe, expect, it } from 'vitest';
import { cleanSearch, listSearch, parseListQuery, sortSearch } from './entity-list-query.ts';

const known = { groups: new Set(['ai-six-tigers', 'ai-four-dragons']), cities: new Set(['beijing', 'shanghai']) };
const parse = (query: string) => parseListQuery(new URLSearchParams(query), known);

describe('parseListQuery', () => {
  it('defaults to companies sorted by name', () => {
    expect(parse('')).toEqual({ type: 'company', group: null, city: null, q: null, sort: 'name', desc: false, page: 1, ignored: [] });
  });
  it('reads every filter and a descending sort', () => {
    expect(parse('type=product&group=ai-six-tigers&city=beijing&q=%20智譜%20&sort=-founded&page=3')).toEqual({
      type: 'product',
      group: 'ai-six-tigers',
      city: 'beijing',
      q: '智譜',
      sort: 'founded',
      desc: true,
      page: 3,
      ignored: [],
    });
  });
  it('reads every column as a sort', () => {
    for (const key of ['name', 'type', 'city', 'founded', 'figures']) expect(parse(`sort=-${key}`)).toMatchObject({ sort: key, desc: true });
  });
  it('reads a page that is not a whole number from 1 as the first', () => {
    for (const page of ['0', '-2', '1.5', 'two', '']) expect(parse(`page=${page}`).page).toBe(1);
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
  it('keeps the page only when asked, so a filter or sort starts from the first', () => {
    expect(listSearch(parse('q=ai&page=3'))).toBe('?q=ai');
    expect(listSearch(parse('q=ai&page=3'), { page: 4 })).toBe('?q=ai&page=4');
    expect(listSearch(parse('q=ai&page=3'), { page: 1 })).toBe('?q=ai');
    expect(listSearch(parse('page=3'), { city: 'beijing' })).toBe('?city=beijing');
  });
  it('flips the direction of the current column and starts another ascending, figures most first', () => {
    expect(sortSearch(parse('sort=founded'), 'founded')).toBe('?sort=-founded');
    expect(sortSearch(parse('sort=-founded'), 'founded')).toBe('?sort=founded');
    expect(sortSearch(parse('sort=-founded'), 'city')).toBe('?sort=city');
    expect(sortSearch(parse(''), 'name')).toBe('?sort=-name');
    expect(sortSearch(parse(''), 'figures')).toBe('?sort=-figures');
    expect(sortSearch(parse('sort=-figures'), 'figures')).toBe('?sort=figures');
    expect(sortSearch(parse('sort=type&page=2'), 'type')).toBe('?sort=-type');
  });
});
