import { getSourcesByIds, listEntities, listMetrics, listSources, type Database } from '@aiwatch/db';
import type { Source } from '@aiwatch/data/schemas';
import type { Lookup } from './figure-view.ts';

// The reference tables are small (tens of rows): one page each holds them all.
const ALL = { limit: 500 };

/** Entities, metrics and sources by id, for labelling figures, events and relations. */
export async function loadLookup(db: Database): Promise<Lookup> {
  const [entities, metrics, sources] = await Promise.all([listEntities(db, ALL), listMetrics(db, ALL), listSources(db, ALL)]);
  return {
    entities: new Map(entities.items.map((e) => [e.id, e])),
    metrics: new Map(metrics.items.map((x) => [x.id, x])),
    sources: new Map(sources.items.map((s) => [s.id, s])),
  };
}

/** Sources by id, for claims whose sources the lookup's first page may not hold (hundreds of articles). */
export function sourcesOf(db: Database, ids: string[]): Promise<Source[]> {
  return getSourcesByIds(db, [...new Set(ids)]);
}
