import type { Database } from '../client.ts';
import { datasetVersion } from './dataset-version.ts';

interface Memo<T> {
  version: string;
  /** By the arguments' JSON, oldest use first. */
  values: Map<string, Promise<T>>;
}

/**
 * A query over whole tables (a count, a histogram, the facets of a filter form) answered once per
 * dataset version: the data only changes when the database is seeded, and seeding changes the
 * version in the same transaction, so an answer stays true until the version it was read at is
 * gone. The version is one primary-key read; the query it saves grows with the tables.
 * At most `entries` answers (by arguments) are kept per database, the least recently used dropped.
 * A failed query is not kept. Callers must not change what they are given: it is shared.
 */
export function perDatasetVersion<A extends unknown[], T>(
  query: (db: Database, ...args: A) => Promise<T>,
  entries = 64,
): (db: Database, ...args: A) => Promise<T> {
  const memos = new WeakMap<Database, Memo<T>>();
  return async (db, ...args) => {
    const version = await datasetVersion(db);
    // Not seeded: nothing says when the data changes.
    if (version === null) return query(db, ...args);
    let memo = memos.get(db);
    if (memo?.version !== version) {
      memo = { version, values: new Map() };
      memos.set(db, memo);
    }
    const { values } = memo;
    const key = JSON.stringify(args);
    const held = values.get(key);
    values.delete(key);
    const value = held ?? query(db, ...args);
    values.set(key, value);
    if (values.size > entries) values.delete(values.keys().next().value!);
    if (!held) value.catch(() => values.get(key) === value && values.delete(key));
    return value;
  };
}
