import { getEntitiesByIds, getMetricsByIds, getSourcesByIds, latestRelease, type Database } from '@aiwatch/db';
import type { Entity } from '@aiwatch/data/schemas';
import type { Lookup } from './figure-view.ts';

/** The records a page names: entities, metrics and sources, by id. */
export interface LookupRefs {
  entities?: Iterable<string>;
  metrics?: Iterable<string>;
  sources?: Iterable<string>;
}

/** What a figure, event, relation or reported company fact refers to. */
interface Referring {
  source_id?: string;
  entity_id?: string | null;
  company_id?: string | null;
  subject_id?: string;
  object_id?: string;
  entity_ids?: string[];
  metric?: string;
}

/** The entities, metrics and sources claims (or fact groups) refer to, for labelling them. */
export function refsOf(claims: readonly Referring[]): Required<LookupRefs> {
  return {
    entities: claims.flatMap((c) => [c.entity_id, c.company_id, c.subject_id, c.object_id, ...(c.entity_ids ?? [])].filter((id): id is string => !!id)),
    metrics: claims.flatMap((c) => c.metric ?? []),
    sources: claims.flatMap((c) => c.source_id ?? []),
  };
}

/**
 * The records `refs` names (those that exist), and the release for citing them: fetched by id, so a
 * page's cost follows what it shows, not the size of the tables.
 */
export async function loadLookup(db: Database, refs: LookupRefs = {}): Promise<Lookup> {
  const lookup: Lookup = { release: null, entities: new Map(), metrics: new Map(), sources: new Map() };
  const [release] = await Promise.all([latestRelease(db), addToLookup(db, lookup, refs)]);
  lookup.release = release && { version: release.version, released_on: release.released_on };
  return lookup;
}

/** Adds to the lookup the records `refs` names that it does not hold yet: only those are fetched. */
export async function addToLookup(db: Database, lookup: Lookup, refs: LookupRefs): Promise<void> {
  const missing = <T>(ids: Iterable<string> | undefined, held: Map<string, T>) => [...new Set(ids ?? [])].filter((id) => !held.has(id));
  const [entities, metrics, sources] = await Promise.all([
    getEntitiesByIds(db, missing(refs.entities, lookup.entities)),
    getMetricsByIds(db, missing(refs.metrics, lookup.metrics)),
    getSourcesByIds(db, missing(refs.sources, lookup.sources)),
  ]);
  for (const e of entities) lookup.entities.set(e.id, e);
  for (const x of metrics) lookup.metrics.set(x.id, x);
  for (const s of sources) lookup.sources.set(s.id, s);
}

/** A lookup of entities already fetched, for pages that only name entities. */
export function entityLookup(entities: Iterable<Entity>): Lookup {
  return { release: null, entities: new Map([...entities].map((e) => [e.id, e])), metrics: new Map(), sources: new Map() };
}
