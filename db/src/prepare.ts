import { sql } from 'drizzle-orm';
import { readMigrationFiles } from 'drizzle-orm/migrator';
import { dataset } from '@aiwatch/data';
import { datasetHash, readReleaseHistory } from '@aiwatch/data/releases';
import { createDbFromEnv, defaultMigrationsFolder, type DbHandle } from './client.ts';
import { dataDirError } from './data-dir.ts';
import { readDbEnv, type DbEnv } from './env.ts';
import { countsOf, SEED_STATE_ID, seedDatabase, type SeedResult } from './seed/seed.ts';

/** A replica-mode start found the database not (yet) prepared for this build. */
export class UnpreparedDatabaseError extends Error {
  override name = 'UnpreparedDatabaseError';
}

const rowsOf = <T>(result: unknown): T[] => (Array.isArray(result) ? result : (result as { rows: T[] }).rows) as T[];

/** The newest migration the database has applied (its creation time, drizzle's key), or null if none. */
async function lastAppliedMigration(handle: DbHandle): Promise<number | null> {
  const [tables] = rowsOf<{ present: boolean }>(await handle.db.execute(sql`select to_regclass('drizzle.__drizzle_migrations') is not null as present`));
  if (!tables?.present) return null;
  const [last] = rowsOf<{ at: string | null }>(await handle.db.execute(sql`select max(created_at)::text as at from drizzle.__drizzle_migrations`));
  return last?.at ? Number(last.at) : null;
}

/**
 * Replica mode: reads, never writes (a read replica refuses writes). The database must have every
 * migration of this build and hold its dataset with the release history; else the start fails
 * saying which, since serving another dataset under this build's version would mislead.
 */
export async function checkPrepared(handle: DbHandle, migrationsFolder = defaultMigrationsFolder()): Promise<SeedResult> {
  const needed = readMigrationFiles({ migrationsFolder }).at(-1)?.folderMillis ?? 0;
  const applied = await lastAppliedMigration(handle);
  if (applied === null || applied < needed) {
    throw new UnpreparedDatabaseError(
      `DATABASE_MODE=replica: the database at ${handle.location} ${applied === null ? 'has no migrations applied' : 'lacks migrations this build needs'}; start one process in primary mode (DATABASE_MODE unset) against the primary first`,
    );
  }
  const hash = datasetHash(dataset);
  const [state] = rowsOf<{ dataset_hash: string; release: string | null }>(
    await handle.db.execute(sql`select dataset_hash, release from seed_state where id = ${SEED_STATE_ID}`),
  );
  if (state?.dataset_hash !== hash || state.release === null) {
    throw new UnpreparedDatabaseError(
      `DATABASE_MODE=replica: the database at ${handle.location} ${state ? `holds another dataset (${state.dataset_hash.slice(0, 12)}, this build ${hash.slice(0, 12)})` : 'holds no dataset'}; start one process in primary mode (DATABASE_MODE unset) against the primary first`,
    );
  }
  return { changed: false, hash, counts: countsOf(dataset) };
}

/**
 * Primary mode: applies migrations and seeds the database (a no-op when current). On PostgreSQL,
 * processes started together (the API scaled out) take turns under an advisory lock: one migrates
 * and seeds, and those that waited find both done (the migrator skips applied migrations, the seed
 * compares the dataset's hash) instead of racing on the same DDL and rows.
 */
export async function prepareDb(handle: DbHandle, mode: DbEnv['DATABASE_MODE']): Promise<SeedResult> {
  if (mode === 'replica') return checkPrepared(handle);
  const prepare = async () => {
    await handle.migrate();
    return seedDatabase(handle.db, dataset, readReleaseHistory);
  };
  return handle.withMigrationLock ? handle.withMigrationLock(prepare) : prepare();
}

/** Opens the database the environment names, prepared (or checked) as DATABASE_MODE says. */
export async function openPreparedDb(): Promise<{ handle: DbHandle; seed: SeedResult }> {
  const { DATABASE_MODE } = readDbEnv();
  const handle = await createDbFromEnv();
  try {
    return { handle, seed: await prepareDb(handle, DATABASE_MODE) };
  } catch (e) {
    // The first failure is the one to report; closing after it (a full disk, say) may fail too.
    await handle.close().catch(() => {});
    // PGlite reports a full or read-only disk met while migrating or seeding as a bare object.
    throw handle.driver === 'pglite' && handle.location !== 'memory'
      ? dataDirError(e, handle.location)
      : e;
  }
}
