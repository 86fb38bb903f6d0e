import { type SQL, type Column, ilike, or, sql } from 'drizzle-orm';

/** `%text%` with LIKE's own wildcards escaped, so a search for "100%" means the literal. */
export function containsPattern(text: string): string {
  return `%${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}

/** Case-insensitive substring match over text columns and text[] columns. */
export function matchesAny(q: string, columns: Column[], arrayColumns: Column[] = []): SQL | undefined {
  const pattern = containsPattern(q);
  return or(
    ...columns.map((c) => ilike(c, pattern)),
    ...arrayColumns.map((c) => sql`array_to_string(${c}, ' ') ILIKE ${pattern}`),
  );
}
