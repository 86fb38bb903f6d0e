import { entityTypes, type EntityType } from '@aiwatch/data/schemas';

export const sortKeys = ['name', 'founded', 'city'] as const;
export type SortKey = (typeof sortKeys)[number];

/** The Companies table's state, all of it from the URL: `?type=&group=&city=&q=&sort=-founded`. */
export interface ListQuery {
  /** `null` means every type (`?type=all`); without `type` the list shows companies. */
  type: EntityType | null;
  group: string | null;
  city: string | null;
  q: string | null;
  sort: SortKey;
  desc: boolean;
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
  return { type, group, city, q: cleanSearch(params.get('q')), sort: key ?? 'name', desc: key ? desc : false, ignored };
}

/** The query string for `q` with some parameters changed; defaults are left out to keep URLs short. */
export function listSearch(q: ListQuery, change: Partial<Pick<ListQuery, 'type' | 'group' | 'city' | 'q' | 'sort' | 'desc'>> = {}): string {
  const next = { ...q, ...change };
  const params = new URLSearchParams();
  if (next.type !== DEFAULT_TYPE) params.set('type', next.type ?? 'all');
  if (next.group) params.set('group', next.group);
  if (next.city) params.set('city', next.city);
  if (next.q) params.set('q', next.q);
  if (next.sort !== 'name' || next.desc) params.set('sort', `${next.desc ? '-' : ''}${next.sort}`);
  const s = params.toString();
  return s ? `?${s}` : '';
}

/** Where a column header's link leads: the same column again flips the direction, another starts ascending. */
export function sortSearch(q: ListQuery, key: SortKey): string {
  return listSearch(q, { sort: key, desc: q.sort === key ? !q.desc : false });
}

export interface SortableRow {
  name: string;
  founded: number | null;
  city: string | null;
}

/**
 * Rows in the order asked. Rows without the value (no founding year, no headquarters) go last in
 * either direction, so a descending sort does not open with blanks; ties fall back to the name.
 */
export function sortRows<T extends SortableRow>(rows: readonly T[], key: SortKey, desc: boolean, locale: string): T[] {
  const collator = new Intl.Collator(locale, { sensitivity: 'base', numeric: true });
  const byName = (a: T, b: T) => collator.compare(a.name, b.name);
  const value = (r: T) => (key === 'founded' ? r.founded : key === 'city' ? r.city : r.name);
  const sign = desc ? -1 : 1;
  return [...rows].sort((a, b) => {
    const [x, y] = [value(a), value(b)];
    if (x === null || y === null) return x === y ? byName(a, b) : x === null ? 1 : -1;
    const primary = typeof x === 'number' && typeof y === 'number' ? x - y : collator.compare(String(x), String(y));
    return primary !== 0 ? sign * primary : byName(a, b);
  });
}
