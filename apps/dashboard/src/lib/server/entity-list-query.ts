import { entityListSorts, type EntityListSort } from '@aiwatch/db';
import { entityTypes, type EntityType } from '@aiwatch/data/schemas';
import { pageParam } from '$lib/pager';

export const sortKeys = entityListSorts;
export type SortKey = EntityListSort;

/** Rows a page of the Companies table shows. */
export const ENTITIES_PER_PAGE = 50;

/** The Companies table's state, all of it from the URL: `?type=&group=&city=&q=&sort=-founded&page=2`. */
export interface ListQuery {
  /** `null` means every type (`?type=all`); without `type` the list shows companies. */
  type: EntityType | null;
  group: string | null;
  city: string | null;
  q: string | null;
  sort: SortKey;
  desc: boolean;
  /** From 1; a page past the end shows the last. */
  page: number;
  /** Parameters given but not understood (shown to the reader, then ignored). */
  ignored: string[];
}

export const DEFAULT_TYPE: EntityType = 'company';
const MAX_SEARCH = 100;

/** A search as the query function can take it: trimmed, at most 100 characters, no control characters. */
export function cleanSearch(raw: string | null): string | null {
  if (raw === null) return null;
  // Control characters (NUL above all, which PostgreSQL text cannot hold) never belong in a name.
  const text = [...raw.replace(/\p{Cc}/gu, ' ').trim()].slice(0, MAX_SEARCH).join('').trim();
  return text === '' ? null : text;
}

/** Reads the list's URL; unknown groups, cities, types or sort keys are reported and ignored. */
export function parseListQuery(params: URLSearchParams, known: { groups: Set<string>; cities: Set<string> }): ListQuery {
  const ignored: string[] = [];
  const rawType = params.get('type');
  let type: EntityType | null = DEFAULT_TYPE;
  if (rawType === 'all') type = null;
  else if (rawType) {
    const found = entityTypes.find((t) => t === rawType);
    if (found) type = found;
    else ignored.push('type');
  }
  const member = (name: string, set: Set<string>) => {
    const value = params.get(name) || null;
    if (value !== null && !set.has(value)) {
      ignored.push(name);
      return null;
    }
    return value;
  };
  const group = member('group', known.groups);
  const city = member('city', known.cities);
  const rawSort = params.get('sort') || null;
  const desc = rawSort?.startsWith('-') ?? false;
  const key = sortKeys.find((k) => k === rawSort?.replace(/^-/, ''));
  if (rawSort !== null && !key) ignored.push('sort');
  return { type, group, city, q: cleanSearch(params.get('q')), sort: key ?? 'name', desc: key ? desc : false, page: pageParam(params), ignored };
}

/**
 * The query string for `q` with some parameters changed, on its first page unless `change` names
 * another; defaults are left out to keep URLs short.
 */
export function listSearch(q: ListQuery, change: Partial<Omit<ListQuery, 'ignored'>> = {}): string {
  const next = { ...q, page: 1, ...change };
  const params = new URLSearchParams();
  if (next.type !== DEFAULT_TYPE) params.set('type', next.type ?? 'all');
  if (next.group) params.set('group', next.group);
  if (next.city) params.set('city', next.city);
  if (next.q) params.set('q', next.q);
  if (next.sort !== 'name' || next.desc) params.set('sort', `${next.desc ? '-' : ''}${next.sort}`);
  if (next.page > 1) params.set('page', String(next.page));
  const s = params.toString();
  return s ? `?${s}` : '';
}

/**
 * Where a column header's link leads: the same column again flips the direction; another starts
 * ascending, but for figures, which starts with the entities the data says most about.
 */
export function sortSearch(q: ListQuery, key: SortKey): string {
  return listSearch(q, { sort: key, desc: q.sort === key ? !q.desc : key === 'figures' });
}
