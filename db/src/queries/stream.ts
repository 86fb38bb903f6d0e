import { asc, count, gt } from 'drizzle-orm';
import type { PgColumn, PgTable } from 'drizzle-orm/pg-core';
import type { Database } from '../client.ts';
import * as t from '../schema/index.ts';

/** The public tables, keyed by dataset name, in the order the catalogue lists them. */
export const publicTables = {
  sources: t.sources,
  entities: t.entities,
  metrics: t.metrics,
  figures: t.figures,
  events: t.events,
  relations: t.relations,
  models: t.models,
  company_facts: t.companyFacts,
  fact_groups: t.factGroups,
} as const;

export type TableName = keyof typeof publicTables;
export const tableNames = Object.keys(publicTables) as TableName[];

export type TableRow<N extends TableName> = (typeof publicTables)[N]['$inferSelect'];

/**
 * Every row of a table, flat as stored, in id order, fetched in keyset batches so memory stays
 * constant however large the table (works the same on PGlite and PostgreSQL).
 */
export async function* streamTable<N extends TableName>(
  db: Database,
  name: N,
  batchSize = 2000,
): AsyncGenerator<TableRow<N>[]> {
  const table: PgTable & { id: PgColumn } = publicTables[name];
  let last: string | null = null;
  for (;;) {
    const batch = (await db
      .select()
      .from(table)
      .where(last === null ? undefined : gt(table.id, last))
      .orderBy(asc(table.id))
      .limit(batchSize)) as TableRow<N>[];
    if (batch.length === 0) return;
    yield batch;
    last = (batch.at(-1) as { id: string }).id;
    if (batch.length < batchSize) return;
  }
}

export async function countRows(db: Database): Promise<Record<TableName, number>> {
  const counts = await Promise.all(
    tableNames.map(async (name) => {
      const [row] = await db.select({ n: count() }).from(publicTables[name]);
      return [name, row?.n ?? 0] as const;
    }),
  );
  return Object.fromEntries(counts) as Record<TableName, number>;
}
