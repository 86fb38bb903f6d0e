import type { DbHandle } from './client.ts';
import { openPreparedDb } from './prepare.ts';

// On globalThis, not in a module variable: a bundled app (the dashboard's build) and the launcher
// may hold separate copies of this module, yet must share one database instance — PGlite allows
// one process per data directory, and within the process one instance.
const KEY = Symbol.for('aiwatch.shared-db');
type Holder = { [KEY]?: Promise<DbHandle> };

/**
 * The process-wide database: opened (migrated, seeded) on first use, then shared. A failed open is
 * forgotten, so the next call tries again: a dashboard whose database was down at its first
 * request recovers once the database is back.
 */
export function sharedDb(): Promise<DbHandle> {
  const holder = globalThis as Holder;
  const existing = holder[KEY];
  if (existing) return existing;
  const opening = openPreparedDb().then((p) => p.handle);
  holder[KEY] = opening;
  // Only this attempt, and only if nobody has replaced it meanwhile (provideSharedDb, closeSharedDb).
  opening.catch(() => {
    if (holder[KEY] === opening) delete holder[KEY];
  });
  return opening;
}

/** Hands an already opened database to every app of the process (used by the launcher). */
export function provideSharedDb(handle: DbHandle): void {
  (globalThis as Holder)[KEY] = Promise.resolve(handle);
}

/** Closes the shared database if one was opened. */
export async function closeSharedDb(): Promise<void> {
  const holder = globalThis as Holder;
  const pending = holder[KEY];
  delete holder[KEY];
  // An open that failed left nothing to close.
  const handle = await pending?.catch(() => undefined);
  await handle?.close();
}
