import type { PGlite } from '@electric-sql/pglite';
import { getTableName } from 'drizzle-orm';
import { publicTables, tableOrder, type TableName } from '../queries/stream.ts';
import { openDedicatedConnection, type DownloadSlots } from '../dedicated-connection.ts';
import { copySelect, sortKey } from './copy-select.ts';

/**
 * Rows per COPY on PGlite, which writes a COPY's whole output to memory before returning it. At
 * 100,000 figures, pages of 2,000 to 5,000 were fastest (1.0–1.3 s; 1,000: 1.6 s; 10,000: 1.4 s;
 * the drizzle + csv-stringify stream: 3.0–3.2 s and 80 MiB more peak RSS).
 */
export const PGLITE_PAGE_ROWS = 2_000;

/** A download's client took no bytes for longer than its database connection may wait. */
export class DownloadStalledError extends Error {
  override name = 'DownloadStalledError';
}

/**
 * The table as COPY's CSV, streamed on a dedicated connection taken in one of `slots` (waiting for
 * one when all are held), which is ended when the stream ends, fails or is abandoned: ended at
 * once then, so the server stops the COPY too. A client that leaves a chunk untaken for
 * `slots.stallMs` loses the connection and its slot at that moment, not when it comes back.
 */
export async function* copyFromPostgres(db: object, slots: DownloadSlots, name: TableName): AsyncGenerator<Buffer> {
  const release = await slots.acquire();
  const sql = openDedicatedConnection(db)!;
  let done = false;
  let stalled = false;
  try {
    const rows = await sql.unsafe(`COPY (${copySelect(name)}) TO STDOUT (FORMAT csv, HEADER)`).readable();
    for await (const chunk of rows as AsyncIterable<Buffer>) {
      const timer = setTimeout(() => {
        stalled = true;
        release();
        void sql.end({ timeout: 0 });
      }, slots.stallMs);
      try {
        yield chunk;
      } finally {
        clearTimeout(timer);
      }
      if (stalled) throw new DownloadStalledError(`${name}.csv: the client read nothing for ${slots.stallMs / 1000} s; the download was ended`);
    }
    done = true;
  } finally {
    release();
    if (!stalled) await sql.end({ timeout: done ? 5 : 0 });
  }
}

const literal = (s: string) => `'${s.replaceAll("'", "''")}'`;
const row = (values: string[]) => `(${values.map(literal).join(', ')})`;

/**
 * The table as COPY's CSV on PGlite, one COPY TO '/dev/blob' per page of rows in CSV order: memory
 * holds one page, however large the table. COPY takes no parameters, so page bounds are quoted
 * literals; each bound is the sort key (`tableOrder`) of a page's last row.
 */
export async function* copyFromPglite(pg: PGlite, name: TableName, pageRows = PGLITE_PAGE_ROWS): AsyncGenerator<Buffer> {
  const table = `"${getTableName(publicTables[name])}"`;
  const key = sortKey(name);
  // Text, so a bound reads back exactly as the database compares it (a date as YYYY-MM-DD).
  const keyAsText = tableOrder[name].map((c, i) => `t."${c}"::text AS k${i}`).join(', ');
  let after: string[] | null = null;
  for (;;) {
    const from: string[] = after === null ? [] : [`(${key}) > ${row(after)}`];
    const { rows }: { rows: Record<string, string>[] } = await pg.query<Record<string, string>>(
      `SELECT ${keyAsText} FROM ${table} AS t${from.length ? ` WHERE ${from[0]}` : ''} ORDER BY ${key} OFFSET ${pageRows - 1} LIMIT 1`,
    );
    const last: string[] | null = rows[0] ? tableOrder[name].map((_, i) => rows[0]![`k${i}`]!) : null;
    const where = [...from, ...(last === null ? [] : [`(${key}) <= ${row(last)}`])].join(' AND ');
    const { blob } = await pg.query(
      `COPY (${copySelect(name, where)}) TO '/dev/blob' (FORMAT csv${after === null ? ', HEADER' : ''})`,
    );
    if (blob) yield Buffer.from(await blob.arrayBuffer());
    if (last === null) return;
    after = last;
  }
}
