import { sql, type SQLWrapper } from 'drizzle-orm';
import type { Database } from '../client.ts';

/**
 * The plan of a query with scans and sorts priced out, as a table a hundred times the size of the
 * test's would be read: which index, if any, serves it.
 */
export function planWithoutScans(db: Database, query: (tx: Database) => SQLWrapper): Promise<string> {
  return db.transaction(async (tx) => {
    await tx.execute(sql`SET LOCAL enable_seqscan = off`);
    await tx.execute(sql`SET LOCAL enable_sort = off`);
    const result = await tx.execute(sql`EXPLAIN ${query(tx)}`);
    const rows = (Array.isArray(result) ? result : (result as { rows: unknown[] }).rows) as Record<string, string>[];
    return rows.map((r) => Object.values(r)[0]).join('\n');
  });
}
