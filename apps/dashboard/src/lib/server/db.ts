import { env } from '$env/dynamic/private';
import { error } from '@sveltejs/kit';
import { isDatabaseUnavailable, sharedDb, type Database } from '@aiwatch/db';

/** Seconds a reader is asked to wait while the database is unreachable; the API says the same. */
export const RETRY_AFTER_SECONDS = 5;

/**
 * The process-wide database. A load that finds it unreachable fails with 503, which the error
 * page shows as a friendly "try again" rather than a stack trace (queries that fail later are
 * turned into the same 503 by `handleError` and `handle` in hooks.server.ts).
 */
export async function database(): Promise<Database> {
  try {
    return (await sharedDb()).db;
  } catch (e) {
    if (isDatabaseUnavailable(e)) error(503, { message: 'database unavailable', unavailable: true });
    throw e;
  }
}

/** The plain answer of an endpoint (a download) while the database is unreachable. */
export function unavailableResponse(message = `The database cannot be reached just now; try again in ${RETRY_AFTER_SECONDS} s.`): Response {
  return new Response(`${message}\n`, {
    status: 503,
    headers: {
      'Content-Type': 'text/plain; charset=utf-8',
      'Cache-Control': 'no-store',
      'Retry-After': String(RETRY_AFTER_SECONDS),
    },
  });
}

const levels = { debug: 10, info: 20, warn: 30, error: 40, silent: 99 } as const;

/**
 * One JSON object a line on stdout, as the API and the launcher log (and honouring the same
 * LOG_LEVEL), so the dashboard's server-side failures can be grepped and shipped with theirs.
 */
export function logServer(level: 'warn' | 'error', msg: string, fields: Record<string, unknown> = {}): void {
  const threshold = levels[(env.LOG_LEVEL ?? 'info') as keyof typeof levels] ?? levels.info;
  if (levels[level] < threshold) return;
  process.stdout.write(`${JSON.stringify({ time: new Date().toISOString(), level, msg, ...fields })}\n`);
}
