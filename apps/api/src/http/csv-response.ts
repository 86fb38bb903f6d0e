import { Readable } from 'node:stream';
import type { Context } from 'hono';
import type { Stringifier } from 'csv-stringify';

/** Streams a CSV stringifier as the response body: rows go out as they are read, never buffered. */
export function csvResponse(c: Context, csv: Stringifier, filename: string, headers: Record<string, string> = {}): Response {
  return c.body(Readable.toWeb(csv) as ReadableStream<Uint8Array>, 200, {
    'Content-Type': 'text/csv; charset=utf-8; header=present',
    'Content-Disposition': `attachment; filename="${filename}"`,
    ...headers,
  });
}
