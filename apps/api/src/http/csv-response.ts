import type { Context } from 'hono';
import type { Readable } from 'node:stream';
import type { AppEnv } from './app-env.ts';
import { streamBody } from './stream-body.ts';

/** Streams a CSV as the response body: rows go out as they are read, never buffered. */
export function csvResponse(c: Context<AppEnv>, csv: Readable, filename: string, headers: Record<string, string> = {}): Response {
  return c.body(streamBody(c, csv, 'csv'), 200, {
    'Content-Type': 'text/csv; charset=utf-8; header=present',
    'Content-Disposition': `attachment; filename="${filename}"`,
    ...headers,
  });
}
