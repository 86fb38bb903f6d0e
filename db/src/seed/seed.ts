import { createHash } from 'node:crypto';
import { eq, sql } from 'drizzle-orm';
import { assertValidDataset, type Dataset } from '@aiwatch/data';
import type { Database } from '../client.ts';
import { eventToRow, figureToRow, modelToRow, relationToRow } from '../rows.ts';
import * as t from '../schema/index.ts';

export interface SeedResult {
  changed: boolean;
  hash: string;
  counts: Record<keyof Dataset, number>;
}

export const SEED_STATE_ID = 'dataset';
// Keeps each INSERT well under PostgreSQL's 65,535 bind parameters (≈20 columns a row).
const CHUNK = 1000;

export function datasetHash(data: Dataset): string {
  return createHash('sha256').update(JSON.stringify(data)).digest('hex');
}

function countsOf(data: Dataset): SeedResult['counts'] {
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

async function insertChunked<T>(rows: T[], insert: (chunk: T[]) => Promise<unknown>): Promise<void> {
  for (let i = 0; i < rows.length; i += CHUNK) await insert(rows.slice(i, i + CHUNK));
}

/**
 * Replaces every table's content with `data` in one transaction: a failure part-way leaves the
 * previous data exactly as it was. Does not validate; `seedDatabase` does.
 */
export async function replaceAllData(db: Database, data: Dataset, hash: string): Promise<void> {
  await db.transaction(async (tx) => {
    for (const table of [t.companyFacts, t.factGroups, t.models, t.figures, t.events, t.relations, t.entities, t.metrics, t.sources, t.seedState]) {
      await tx.delete(table);
    }
    await insertChunked(data.sources, (c) => tx.insert(t.sources).values(c));
    await insertChunked(data.metrics, (c) => tx.insert(t.metrics).values(c));
    // One statement per chunk: PostgreSQL checks `hq` (a self-reference) at the statement's end.
    await insertChunked(data.entities, (c) => tx.insert(t.entities).values(c));
    await insertChunked(data.figures.map(figureToRow), (c) => tx.insert(t.figures).values(c));
    await insertChunked(data.events.map(eventToRow), (c) => tx.insert(t.events).values(c));
    await insertChunked(data.relations.map(relationToRow), (c) => tx.insert(t.relations).values(c));
    await insertChunked(data.models.map(modelToRow), (c) => tx.insert(t.models).values(c));
    await insertChunked(data.fact_groups, (c) => tx.insert(t.factGroups).values(c));
    await insertChunked(data.company_facts, (c) => tx.insert(t.companyFacts).values(c));
    await tx.insert(t.seedState).values({ id: SEED_STATE_ID, dataset_hash: hash, seeded_at: new Date().toISOString() });
  });
}

/**
 * Validates `data` and makes the database hold exactly it. Idempotent: when the database already
 * holds this dataset (same hash) nothing is written.
 */
export async function seedDatabase(db: Database, data: Dataset): Promise<SeedResult> {
  assertValidDataset(data);
  const hash = datasetHash(data);
  const [state] = await db.select().from(t.seedState).where(eq(t.seedState.id, SEED_STATE_ID));
  const counts = countsOf(data);
  if (state?.dataset_hash === hash) return { changed: false, hash, counts };
  await replaceAllData(db, data, hash);
  // Fresh statistics, so the planner uses the indexes (PGlite never gathers them on its own).
  await db.execute(sql`ANALYZE`);
  return { changed: true, hash, counts };
}
