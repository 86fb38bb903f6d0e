import { z } from 'zod';

export const DEFAULT_LIMIT = 50;
export const MAX_LIMIT = 500;

export interface Page<T> {
  items: T[];
  /** Opaque cursor for the next page; null on the last page. */
  next_cursor: string | null;
}

/** Thrown for a cursor this API did not issue (or issued for another ordering). */
export class InvalidCursorError extends Error {
  override name = 'InvalidCursorError';
  constructor() {
    super('cursor is not valid for this list: pass back the next_cursor of the previous page unchanged');
  }
}

export const paginationSchema = z.object({
  limit: z.coerce
    .number({ error: `limit must be a whole number from 1 to ${MAX_LIMIT}` })
    .int('limit must be a whole number')
    .min(1, 'limit must be at least 1')
    .max(MAX_LIMIT, `limit must be at most ${MAX_LIMIT}`)
    .default(DEFAULT_LIMIT)
    .describe(`Page size, 1–${MAX_LIMIT} (default ${DEFAULT_LIMIT}).`),
  cursor: z.string().min(1).optional().describe('The next_cursor of the previous page.'),
});
export type Pagination = z.infer<typeof paginationSchema>;

/** A cursor is the sort key of the last row of a page: `parts` strings (never NUL, which PostgreSQL text cannot hold), base64url-encoded JSON. */
export function encodeCursor(key: string[]): string {
  return Buffer.from(JSON.stringify(key)).toString('base64url');
}

export function decodeCursor(cursor: string, parts: number): string[] {
  try {
    const key: unknown = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    if (Array.isArray(key) && key.length === parts && key.every((k) => typeof k === 'string' && !k.includes('\0'))) {
      return key as string[];
    }
  } catch {
    // falls through to the typed error
  }
  throw new InvalidCursorError();
}

/** Fetches limit + 1 rows to learn whether another page follows, without a count query. */
export function toPage<R, T>(rows: R[], limit: number, key: (row: R) => string[], map: (row: R) => T): Page<T> {
  const more = rows.length > limit;
  const pageRows = more ? rows.slice(0, limit) : rows;
  const last = pageRows.at(-1);
  return { items: pageRows.map(map), next_cursor: more && last ? encodeCursor(key(last)) : null };
}

/** Every item of a keyset-paginated list, page by page: for callers that show or write them all. */
export async function allItems<T>(fetch: (cursor: string | undefined) => Promise<Page<T>>): Promise<T[]> {
  const items: T[] = [];
  for await (const page of allPages(fetch)) items.push(...page);
  return items;
}

/** Every page of a keyset-paginated list, from `cursor` on, `limit` items at a time. */
export async function* allPages<T>(
  fetch: (cursor: string | undefined) => Promise<Page<T>>,
  cursor?: string,
): AsyncGenerator<T[]> {
  let next: string | undefined = cursor;
  do {
    const page = await fetch(next);
    yield page.items;
    next = page.next_cursor ?? undefined;
  } while (next);
}
