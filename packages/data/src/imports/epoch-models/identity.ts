import { createHash } from 'node:crypto';
import { groupBy } from '../group-by.ts';

/** A lower-case ASCII slug; names with no Latin letters or digits get one from their hash. */
export function slugify(name: string): string {
  const slug = name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 80)
    .replace(/-+$/, '');
  return slug || `model-${createHash('sha256').update(name).digest('hex').slice(0, 8)}`;
}

export interface Identifiable {
  name: string;
  published_on: string | null;
  /** Developer names, as written, in order. */
  developers: string[];
}

export interface Identified<T> {
  item: T;
  id: string;
  key: string;
}

export interface KnownModel {
  id: string;
  key: string;
  name: string;
  published_on: string | null;
}

const sortKey = (x: Identifiable) => `${x.name}\u0000${x.published_on ?? ''}\u0000${x.developers.join(',')}`;

/**
 * The row key: the name where it is unique in the file; else the name and the publication date;
 * else the developers too; rows identical in all three are told apart by their order (`#2`).
 */
function rowKeys<T extends Identifiable>(items: T[]): Map<T, string> {
  const byName = groupBy(items, (x) => x.name);
  const keys = new Map<T, string>();
  for (const [name, same] of byName) {
    if (same.length === 1) {
      keys.set(same[0]!, name);
      continue;
    }
    const byDate = groupBy(same, (x) => x.published_on ?? 'undated');
    for (const [date, sameDate] of byDate) {
      if (sameDate.length === 1) {
        keys.set(sameDate[0]!, `${name} (${date})`);
        continue;
      }
      const counts = new Map<string, number>();
      for (const x of sameDate) {
        const base = `${name} (${date}; ${x.developers.join(', ') || 'no developer'})`;
        const n = (counts.get(base) ?? 0) + 1;
        counts.set(base, n);
        keys.set(x, n === 1 ? base : `${base} #${n}`);
      }
    }
  }
  return keys;
}

/**
 * Gives every item a stable id: the id it had in the previous snapshot (matched by row key, else by
 * name and date, else by a name that was and is unique), otherwise a new slug of its name that no
 * other model holds. The same input always gets the same ids, whatever the row order.
 */
export function assignIds<T extends Identifiable>(items: T[], previous: readonly KnownModel[]): Identified<T>[] {
  const sorted = [...items].sort((a, b) => (sortKey(a) < sortKey(b) ? -1 : sortKey(a) > sortKey(b) ? 1 : 0));
  const keys = rowKeys(sorted);
  const ids = new Map<T, string>();
  const unclaimed = new Map(previous.map((p) => [p.key, p]));
  const claim = (x: T, p: KnownModel) => {
    ids.set(x, p.id);
    unclaimed.delete(p.key);
  };
  for (const x of sorted) {
    const p = unclaimed.get(keys.get(x)!);
    if (p) claim(x, p);
  }
  // Indexes of what is left, so each pass is linear (a file may repeat one name thousands of times).
  const unclaimedBy = (key: (p: KnownModel) => string) => groupBy([...unclaimed.values()], key);
  const byNameDate = unclaimedBy((p) => `${p.name}\u0000${p.published_on ?? ''}`);
  for (const x of sorted) {
    if (ids.has(x)) continue;
    const candidates = byNameDate.get(`${x.name}\u0000${x.published_on ?? ''}`)?.filter((p) => unclaimed.has(p.key));
    if (candidates?.[0]) claim(x, candidates[0]);
  }
  const byName = unclaimedBy((p) => p.name);
  const restByName = groupBy(sorted.filter((x) => !ids.has(x)), (x) => x.name);
  for (const [name, rest] of restByName) {
    const previousOfName = (byName.get(name) ?? []).filter((p) => unclaimed.has(p.key));
    if (rest.length === 1 && previousOfName.length === 1) claim(rest[0]!, previousOfName[0]!);
  }
  // Ids of the previous snapshot stay reserved, so a removed model's id is never reused for another.
  const taken = new Set([...previous.map((p) => p.id), ...ids.values()]);
  const nextSuffix = new Map<string, number>();
  for (const x of sorted) {
    if (ids.has(x)) continue;
    const base = slugify(x.name);
    let id = taken.has(base) && x.published_on ? `${base}-${x.published_on}` : base;
    for (let n = nextSuffix.get(base) ?? 2; taken.has(id); n++) {
      id = `${base}-${n}`;
      nextSuffix.set(base, n + 1);
    }
    taken.add(id);
    ids.set(x, id);
  }
  return sorted.map((item) => ({ item, id: ids.get(item)!, key: keys.get(item)! }));
}
