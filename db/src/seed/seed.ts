import { eq, sql } from 'drizzle-orm';
import { assertValidDataset, type Dataset } from '@aiwatch/data';
import { datasetHash, type ReleaseWithChanges } from '@aiwatch/data/releases';
import type { Database } from '../client.ts';
import { eventToRow, figureToRow, modelToRow, relationToRow } from '../rows.ts';
import * as t from '../schema/index.ts';
import { writeEntityOrder } from './entity-order.ts';
import { insertChunked } from './insert-chunked.ts';

export interface SeedResult {
  changed: boolean;
  hash: string;
  counts: Record<keyof Dataset, number>;
}

export const SEED_STATE_ID = 'dataset';
// Keeps each INSERT well under PostgreSQL's 65,535 bind parameters (≈20 columns a row).
const CHUNK = 1000;

export { datasetHash };

/** The data is not the latest release: what is served must be a release, citable and downloadable. */
export class UnreleasedDataError extends Error {
  override name = 'UnreleasedDataError';
}

export function countsOf(data: Dataset): SeedResult['counts'] {
  return {
    sources: data.sources.length,
    entities: data.entities.length,
    metrics: data.metrics.length,
    figures: data.figures.length,
    events: data.events.length,
    relations: data.relations.length,
    models: data.models.length,
    company_facts: data.company_facts.length,
    fact_groups: data.fact_groups.length,
  };
}


/**
 * Entities in an order where each one's headquarters comes before it: chunks are separate
 * statements, and PostgreSQL checks the `hq` self-reference at the end of each.
 */
export function headquartersFirst<E extends { id: string; hq: string | null }>(entities: readonly E[]): E[] {
  const byId = new Map(entities.map((e) => [e.id, e]));
  const depth = new Map<string, number>();
  const depthOf = (e: E): number => {
    let d = depth.get(e.id);
    if (d !== undefined) return d;
    // A chain longer than the table is a cycle; validation refuses those, so only guard here.
    let n = 0;
    for (let at: E | undefined = e; at?.hq && n <= entities.length; at = byId.get(at.hq)) n++;
    d = n;
    depth.set(e.id, d);
    return d;
  };
  return [...entities].sort((a, b) => depthOf(a) - depthOf(b));
}

const releaseRow = ({ release }: ReleaseWithChanges, seq: number): typeof t.releases.$inferInsert => ({ ...release, seq });

function changeRows({ release, changes }: ReleaseWithChanges, seq: number): (typeof t.changes.$inferInsert)[] {
  return changes.map((c, position) => ({
    id: `${release.version}/${c.table}/${c.id}`,
    release: release.version,
    release_seq: seq,
    position,
    table_name: c.table,
    record_id: c.id,
    kind: c.kind,
    previous_id: c.previous_id ?? null,
    entity_ids: c.entity_ids,
    label_en: c.label_en,
    label_zh: c.label_zh,
    fields: c.fields,
    record: c.record ?? null,
  }));
}

/**
 * Replaces every table's content with `data` in one transaction: a failure part-way leaves the
 * previous data exactly as it was. Does not validate; `seedDatabase` does.
 */
export async function replaceAllData(db: Database, data: Dataset, hash: string, history: readonly ReleaseWithChanges[] = []): Promise<void> {
  await db.transaction(async (tx) => {
    for (const table of [t.changes, t.releases, t.companyFacts, t.factGroups, t.models, t.figures, t.events, t.relations, t.entityOrder, t.entities, t.metrics, t.sources, t.seedState]) {
      await tx.delete(table);
    }
    await insertChunked(data.sources, CHUNK, (c) => tx.insert(t.sources).values(c));
    await insertChunked(data.metrics, CHUNK, (c) => tx.insert(t.metrics).values(c));
    await insertChunked(headquartersFirst(data.entities), CHUNK, (c) => tx.insert(t.entities).values(c));
    await insertChunked(data.figures.map(figureToRow), CHUNK, (c) => tx.insert(t.figures).values(c));
    await writeEntityOrder(tx);
    await insertChunked(data.events.map(eventToRow), CHUNK, (c) => tx.insert(t.events).values(c));
    await insertChunked(data.relations.map(relationToRow), CHUNK, (c) => tx.insert(t.relations).values(c));
    await insertChunked(data.models.map(modelToRow), CHUNK, (c) => tx.insert(t.models).values(c));
    await insertChunked(data.fact_groups, CHUNK, (c) => tx.insert(t.factGroups).values(c));
    await insertChunked(data.company_facts, CHUNK, (c) => tx.insert(t.companyFacts).values(c));
    await insertChunked(history.map(releaseRow), CHUNK, (c) => tx.insert(t.releases).values(c));
    await insertChunked(history.flatMap(changeRows), CHUNK, (c) => tx.insert(t.changes).values(c));
    const release = history.at(-1)?.release.version ?? null;
    await tx.insert(t.seedState).values({ id: SEED_STATE_ID, dataset_hash: hash, release, seeded_at: new Date().toISOString() });
  });
}

/**
 * Validates `data` and makes the database hold exactly it, with the release history when given
 * (whose latest release must be `data`). Idempotent: when the database already holds this dataset
 * (same hash, seeded with or without a history as now) nothing is written or read.
 */
export async function seedDatabase(db: Database, data: Dataset, loadHistory?: () => readonly ReleaseWithChanges[]): Promise<SeedResult> {
  assertValidDataset(data);
  const hash = datasetHash(data);
  const [state] = await db.select().from(t.seedState).where(eq(t.seedState.id, SEED_STATE_ID));
  const counts = countsOf(data);
  if (state?.dataset_hash === hash && (state.release !== null) === (loadHistory !== undefined)) return { changed: false, hash, counts };
  const history = loadHistory?.() ?? [];
  const latest = history.at(-1)?.release;
  if (loadHistory && latest?.dataset_sha256 !== hash) {
    throw new UnreleasedDataError(
      `the data package is not its latest release (${latest ? `${latest.version} is ${latest.dataset_sha256.slice(0, 12)}` : 'there is none'}, the data ${hash.slice(0, 12)}): make one with npm run release -- <version> --notes <file>`,
    );
  }
  await replaceAllData(db, data, hash, history);
  // Fresh statistics, so the planner uses the indexes (PGlite never gathers them on its own).
  await db.execute(sql`ANALYZE`);
  return { changed: true, hash, counts };
}
