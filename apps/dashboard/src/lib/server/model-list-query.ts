import { modelFacets, modelSorts, type Database, type ModelFacets, type ModelSort } from '@aiwatch/db';
import { cleanSearch } from './entity-list-query.ts';

export const MODELS_PER_PAGE = 50;

/** The Models table's state, all of it from the URL: `?developer=&country=&domain=&access=&open=&from=&to=&q=&sort=-parameters&page=2`. */
export interface ModelQuery {
  developer: string | null;
  country: string | null;
  domain: string | null;
  access: string | null;
  open: 'yes' | 'no' | null;
  /** Years, inclusive. */
  from: number | null;
  to: number | null;
  q: string | null;
  sort: ModelSort;
  desc: boolean;
  page: number;
  /** Parameters given but not understood (shown to the reader, then ignored). */
  ignored: string[];
}

export interface ModelQueryKnown {
  developers: Set<string>;
  countries: Set<string>;
  domains: Set<string>;
  access: Set<string>;
}

const DEFAULT_SORT: ModelSort = 'published_on';

/** Reads the URL; values the data does not have are reported and ignored, never an error page. */
export function parseModelQuery(params: URLSearchParams, known: ModelQueryKnown): ModelQuery {
  const ignored: string[] = [];
  const member = (name: string, set: Set<string>) => {
    const value = params.get(name)?.trim() || null;
    if (value !== null && !set.has(value)) {
      ignored.push(name);
      return null;
    }
    return value;
  };
  const year = (name: string) => {
    const raw = params.get(name)?.trim() || null;
    if (raw === null) return null;
    if (/^\d{4}$/.test(raw) && Number(raw) >= 1900 && Number(raw) <= 2100) return Number(raw);
    ignored.push(name);
    return null;
  };
  const rawOpen = params.get('open') || null;
  const open = rawOpen === 'yes' || rawOpen === 'no' ? rawOpen : null;
  if (rawOpen !== null && open === null) ignored.push('open');
  let from = year('from');
  let to = year('to');
  if (from !== null && to !== null && from > to) [from, to] = [to, from];
  const rawSort = params.get('sort') || null;
  const key = modelSorts.find((k) => k === rawSort?.replace(/^-/, ''));
  if (rawSort !== null && !key) ignored.push('sort');
  const rawPage = params.get('page');
  const page = rawPage !== null && /^\d{1,6}$/.test(rawPage) && Number(rawPage) >= 1 ? Number(rawPage) : 1;
  if (rawPage !== null && page === 1 && rawPage !== '1') ignored.push('page');
  return {
    developer: member('developer', known.developers),
    country: member('country', known.countries),
    domain: member('domain', known.domains),
    access: member('access', known.access),
    open,
    from,
    to,
    q: cleanSearch(params.get('q')),
    // Newest first unless asked otherwise.
    sort: key ?? DEFAULT_SORT,
    desc: key ? rawSort!.startsWith('-') : true,
    page,
    ignored,
  };
}

type Change = Partial<Omit<ModelQuery, 'ignored'>>;

/** The query string for `q` with some parameters changed; defaults are left out. A filter change goes back to page 1. */
export function modelSearch(q: ModelQuery, change: Change = {}): string {
  const filterChanged = Object.keys(change).some((k) => k !== 'page' && k !== 'sort' && k !== 'desc');
  const next = { ...q, ...(filterChanged || 'sort' in change ? { page: 1 } : {}), ...change };
  const params = new URLSearchParams();
  for (const name of ['q', 'developer', 'country', 'domain', 'access', 'open'] as const) {
    if (next[name]) params.set(name, next[name]);
  }
  if (next.from !== null) params.set('from', String(next.from));
  if (next.to !== null) params.set('to', String(next.to));
  if (next.sort !== DEFAULT_SORT || !next.desc) params.set('sort', `${next.desc ? '-' : ''}${next.sort}`);
  if (next.page > 1) params.set('page', String(next.page));
  const s = params.toString();
  return s ? `?${s}` : '';
}

/** Where a column header leads: the same column flips direction; another starts with its natural order (numbers and dates biggest first). */
export function modelSortSearch(q: ModelQuery, key: ModelSort): string {
  return modelSearch(q, { sort: key, desc: q.sort === key ? !q.desc : key !== 'name' });
}

/** The filters as the query functions take them. */
export function modelFilters(q: ModelQuery) {
  return {
    developer: q.developer ?? undefined,
    country: q.country ?? undefined,
    domain: q.domain ?? undefined,
    accessibility: q.access ?? undefined,
    open_weights: q.open === null ? undefined : q.open === 'yes' ? ('true' as const) : ('false' as const),
    from: q.from === null ? undefined : `${q.from}-01-01`,
    to: q.to === null ? undefined : `${q.to}-12-31`,
    q: q.q ?? undefined,
  };
}

/** The URL's query checked against the values the data has (the facets, also returned for the filter form). */
export async function readModelQuery(db: Database, params: URLSearchParams): Promise<{ query: ModelQuery; facets: ModelFacets }> {
  const facets = await modelFacets(db);
  const values = (list: { value: string }[]) => new Set(list.map((x) => x.value));
  const query = parseModelQuery(params, {
    developers: values(facets.developers),
    countries: values(facets.countries),
    domains: values(facets.domains),
    access: values(facets.accessibility),
  });
  return { query, facets };
}

/** Developers the filter lists at most (beside the one chosen): the search box finds the others by name. */
export const DEVELOPER_CHOICES = 60;

/** The developers credited on most models (the facet's order), and the chosen one wherever it ranks. */
export function developerChoices(developers: ModelFacets['developers'], chosen: string | null, limit = DEVELOPER_CHOICES) {
  const top = developers.slice(0, limit);
  if (chosen === null || top.some((d) => d.value === chosen)) return top;
  return [...top, ...developers.filter((d) => d.value === chosen)];
}

export const sortOf = (q: ModelQuery) => ({ by: q.sort, dir: q.desc ? ('desc' as const) : ('asc' as const) });
