import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { getTableColumns } from 'drizzle-orm';
import type { Database } from '@aiwatch/db';
import { figures } from '@aiwatch/db/schema';
import { withClient } from './pg-client.ts';
import { syntheticFigure, type FigureRow } from './synthetic.ts';

const columns = Object.entries(getTableColumns(figures)).map(([key, col]) => ({
  key: key as keyof FigureRow,
  name: col.name,
}));
/** The figures columns in table order, as SQL names: the same list for COPY in and COPY out. */
export const figureColumnNames = columns.map((c) => c.name);

/** COPY's text format: tab-separated, `\N` for null, backslash escapes for the separators. */
function copyCell(v: unknown): string {
  if (v === null || v === undefined) return '\\N';
  return String(v).replace(
    /[\\\t\n\r]/g,
    (ch) => ({ '\\': '\\\\', '\t': '\\t', '\n': '\\n', '\r': '\\r' })[ch] as string,
  );
}

async function* copyLines(from: number, to: number): AsyncGenerator<string> {
  const BATCH = 2000; // one chunk per 2,000 rows keeps writes large and memory small
  for (let start = from; start < to; start += BATCH) {
    let chunk = '';
    for (let i = start; i < Math.min(to, start + BATCH); i++) {
      const row = syntheticFigure(i);
      chunk += `${columns.map((c) => copyCell(row[c.key])).join('\t')}\n`;
    }
    yield chunk;
  }
}

/**
 * Synthetic figures number `from` (inclusive) to `to` (exclusive) through COPY FROM STDIN: the
 * fastest way into PostgreSQL, with every constraint and index still checked.
 */
export async function copySynthetic(
  url: string,
  from: number,
  to: number,
  signal: AbortSignal,
): Promise<void> {
  // Bounded: ~30 s per million rows here; allow ten times that, and a minute at least.
  const timeoutMs = Math.max(60_000, (to - from) * 0.3);
  await withClient(url, timeoutMs, signal, async (sql, deadline) => {
    const columnList = sql.unsafe(figureColumnNames.join(', '));
    const writable = await sql`COPY figures (${columnList}) FROM STDIN`.writable();
    await pipeline(Readable.from(copyLines(from, to)), writable, { signal: deadline });
  });
  // Fresh rows have no hint bits or statistics yet: without this the first reader pays for them.
  await withClient(url, timeoutMs, signal, (sql) => sql`VACUUM ANALYZE figures`);
}

/** PGlite (no COPY FROM STDIN through drizzle): multi-row INSERTs, 1,000 rows each, in one transaction. */
export async function insertSyntheticBatched(db: Database, count: number): Promise<void> {
  await db.transaction(async (tx) => {
    for (let start = 1; start <= count; start += 1000) {
      const rows: FigureRow[] = [];
      for (let i = start; i < Math.min(count + 1, start + 1000); i++) rows.push(syntheticFigure(i));
      await tx.insert(figures).values(rows);
    }
  });
}
