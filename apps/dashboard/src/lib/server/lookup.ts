import { getSourcesByIds, latestRelease, listEntities, listMetrics, listSources, type Database } from '@aiwatch/db';
import type { Lookup } from './figure-view.ts';

// The reference tables are small (tens of rows): one page each holds them all.
const ALL = { limit: 500 };

/** Entities, metrics and sources by id, for labelling figures, events and relations; the release, for citing them. */
export async function loadLookup(db: Database): Promise<Lookup> {
  const [entities, metrics, sources, release] = await Promise.all([listEntities(db, ALL), listMetrics(db, ALL), listSources(db, ALL), latestRelease(db)]);
  return {
    release: release && { version: release.version, released_on: release.released_on },
    entities: new Map(entities.items.map((e) => [e.id, e])),
    metrics: new Map(metrics.items.map((x) => [x.id, x])),
    sources: new Map(sources.items.map((s) => [s.id, s])),
  };
}

/**
 * Adds to the lookup the sources some claims cite and it does not hold yet (its one page of
 * sources may not reach every news article): only those are fetched.
 */
export async function addSourcesOf(db: Database, lookup: Lookup, claims: readonly { source_id: string }[]): Promise<void> {
  const missing = [...new Set(claims.map((c) => c.source_id))].filter((id) => !lookup.sources.has(id));
  for (const s of await getSourcesByIds(db, missing)) lookup.sources.set(s.id, s);
}
