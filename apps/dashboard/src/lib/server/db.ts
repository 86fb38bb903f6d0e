import { error } from '@sveltejs/kit';
import { isDatabaseUnavailable, sharedDb, type Database } from '@aiwatch/db';

/**
 * The process-wide database. A load that finds it unreachable fails with 503, which the error
 * page shows as a friendly "try again" rather than a stack trace.
 */
export async function database(): Promise<Database> {
  try {
    return (await sharedDb()).db;
  } catch (e) {
    if (isDatabaseUnavailable(e)) error(503, { message: 'database unavailable', unavailable: true });
    throw e;
  }
}
