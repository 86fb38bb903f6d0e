import type { PGlite } from '@electric-sql/pglite';
import type postgres from 'postgres';
import { getTableName } from 'drizzle-orm';
import { publicTables, type TableName } from '../queries/stream.ts';
import { copySelect } from './copy-select.ts';

/**
 * Rows per COPY on PGlite, which writes a COPY's whole output to memory before returning it. At
 * 100,000 figures, pages of 2,000 to 5,000 were fastest (1.0–1.3 s; 1,000: 1.6 s; 10,000: 1.4 s;
 * the drizzle + csv-stringify stream: 3.0–3.2 s and 80 MiB more peak RSS).
 */
export const PGLITE_PAGE_ROWS = 2_000;

/**
 * The table as COPY's CSV, streamed on `sql` (a dedicated connection), which is ended when the
 * stream ends, fails or is abandoned: ended at once then, so the server stops the COPY too.
 */
export async function* copyFromPostgres(sql: postgres.Sql, name: TableName): AsyncGenerator<Buffer> {
  let done = false;
  try {
    const rows = await sql.unsafe(`COPY (${copySelect(name)}) TO STDOUT (FORMAT csv, HEADER)`).readable();
    yield* rows as AsyncIterable<Buffer>;
    done = true;
  } finally {
    await sql.end({ timeout: done ? 5 : 0 });
  }
}

const literal = (s: string) => `'${s.replaceAll("'", "''")}'`;

/**
 * The table as COPY's CSV on PGlite, one COPY TO '/dev/blob' per page of ids: memory holds one
 * page, however large the table. COPY takes no parameters, so page bounds are quoted literals.
 */
export async function* copyFromPglite(pg: PGlite, name: TableName, pageRows = PGLITE_PAGE_ROWS): AsyncGenerator<Buffer> {
  const table = `"${getTableName(publicTables[name])}"`;
  let after: string | null = null;
  for (;;) {
    const from = after === null ? [] : [`t.id > ${literal(after)}`];
    const { rows }: { rows: { id: string }[] } = await pg.query<{ id: string }>(
      `SELECT t.id FROM ${table} AS t${after === null ? '' : ' WHERE t.id > $1'} ORDER BY t.id OFFSET ${pageRows - 1} LIMIT 1`,
      after === null ? [] : [after],
    );
    const last: string | null = rows[0]?.id ?? null;
    const where = [...from, ...(last === null ? [] : [`t.id <= ${literal(last)}`])].join(' AND ');
    const { blob } = await pg.query(
      `COPY (${copySelect(name, where)}) TO '/dev/blob' (FORMAT csv${after === null ? ', HEADER' : ''})`,
    );
    if (blob) yield Buffer.from(await blob.arrayBuffer());
    if (last === null) return;
    after = last;
  }
}
