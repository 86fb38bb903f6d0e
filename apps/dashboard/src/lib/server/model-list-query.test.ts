import { describe, expect, it } from 'vitest';
import { developerChoices, modelFilters, modelSearch, modelSortSearch, parseModelQuery } from './model-list-query.ts';

const known = {
  developers: new Set(['deepseek', 'zhipu-ai']),
  countries: new Set(['China', 'United States of America']),
  domains: new Set(['Language']),
  access: new Set(['API access']),
};
const parse = (search: string) => parseModelQuery(new URLSearchParams(search), known);

describe('the Models table URL', () => {
  it('defaults to every model, newest first, page 1', () => {
    expect(parse('')).toMatchObject({ developer: null, sort: 'published_on', desc: true, page: 1, ignored: [] });
    expect(modelSearch(parse(''))).toBe('');
  });
  it('reads every filter and writes it back', () => {
    const search = '?q=glm&developer=zhipu-ai&country=China&domain=Language&access=API+access&open=no&from=2023&to=2024&sort=-parameters&page=3';
    const q = parse(search);
    expect(q).toMatchObject({ developer: 'zhipu-ai', country: 'China', open: 'no', from: 2023, to: 2024, sort: 'parameters', desc: true, page: 3 });
    expect(modelSearch(q)).toBe(search);
    expect(modelFilters(q)).toMatchObject({ from: '2023-01-01', to: '2024-12-31', open_weights: 'false', accessibility: 'API access' });
  });
  it('reports and ignores what the data does not have', () => {
    const q = parse('developer=nobody&country=Atlantis&open=maybe&from=19&sort=size&page=-2');
    expect(q.ignored.sort()).toEqual(['country', 'developer', 'from', 'open', 'page', 'sort']);
    expect(q).toMatchObject({ developer: null, country: null, open: null, from: null, page: 1, sort: 'published_on' });
  });
  it('swaps a reversed year range', () => {
    expect(parse('from=2024&to=2020')).toMatchObject({ from: 2020, to: 2024 });
  });
  it('goes back to page 1 when a filter or the order changes, not when the page does', () => {
    const q = parse('country=China&page=4');
    expect(modelSearch(q, { developer: 'deepseek' })).toBe('?developer=deepseek&country=China');
    expect(modelSearch(q, { page: 5 })).toBe('?country=China&page=5');
    expect(modelSortSearch(q, 'name')).toBe('?country=China&sort=name');
    expect(modelSortSearch(parse('sort=name'), 'name')).toBe('?sort=-name');
    expect(modelSortSearch(q, 'parameters')).toBe('?country=China&sort=-parameters');
  });
});

describe('the developer filter', () => {
  const facet = ['a', 'b', 'c', 'd'].map((value, i) => ({ value, models: 10 - i }));
  const values = (list: { value: string }[]) => list.map((d) => d.value);

  it('lists the developers credited on most models, in the facet order', () => {
    expect(values(developerChoices(facet, null, 2))).toEqual(['a', 'b']);
    expect(values(developerChoices(facet, 'b', 2))).toEqual(['a', 'b']);
    expect(values(developerChoices(facet, null, 10))).toEqual(['a', 'b', 'c', 'd']);
  });

  it('keeps the chosen developer listed wherever it ranks', () => {
    expect(values(developerChoices(facet, 'd', 2))).toEqual(['a', 'b', 'd']);
  });
});
