import { asc, count, sql } from 'drizzle-orm';
import type { PgColumn, PgTable } from 'drizzle-orm/pg-core';
import type { Database } from '../client.ts';
import * as t from '../schema/index.ts';
import { perDatasetVersion } from './per-dataset-version.ts';

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

/** The columns each table's CSV is sorted by: its id, but events in time order, then by id. */
const byId = ['id'];
export const tableOrder: Record<TableName, readonly string[]> = {
  sources: byId,
  entities: byId,
  metrics: byId,
  figures: byId,
  events: ['date_start', 'id'],
  relations: byId,
  models: byId,
  company_facts: byId,
  fact_groups: byId,
};

/**
 * Every row of a table, flat as stored, in `tableOrder`, fetched in keyset batches so memory
 * stays constant however large the table (works the same on PGlite and PostgreSQL).
 */
export async function* streamTable<N extends TableName>(
  db: Database,
  name: N,
  batchSize = 2000,
): AsyncGenerator<TableRow<N>[]> {
  const table: PgTable = publicTables[name];
  const columns = tableOrder[name].map((c) => (table as unknown as Record<string, PgColumn>)[c]!);
  let last: string[] | null = null;
  for (;;) {
    const batch = (await db
      .select()
      .from(table)
      .where(last === null ? undefined : sql`(${sql.join(columns, sql`, `)}) > (${sql.join(last.map((v) => sql`${v}`), sql`, `)})`)
      .orderBy(...columns.map((c) => asc(c)))
      .limit(batchSize)) as TableRow<N>[];
    if (batch.length === 0) return;
    yield batch;
    const end = batch.at(-1) as Record<string, string>;
    last = tableOrder[name].map((c) => end[c]!);
    if (batch.length < batchSize) return;
  }
}

/** Rows in each table (read once per dataset version: each count reads its whole table). */
export const countRows = perDatasetVersion(async (db: Database): Promise<Record<TableName, number>> => {
  const counts = await Promise.all(
    tableNames.map(async (name) => {
      const [row] = await db.select({ n: count() }).from(publicTables[name]);
      return [name, row?.n ?? 0] as const;
    }),
  );
  return Object.fromEntries(counts) as Record<TableName, number>;
});
