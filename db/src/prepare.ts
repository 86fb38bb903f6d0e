import { dataset } from '@aiwatch/data';
import { readReleaseHistory } from '@aiwatch/data/releases';
import { createDbFromEnv, type DbHandle } from './client.ts';
import { dataDirError } from './data-dir.ts';
import { seedDatabase, type SeedResult } from './seed/seed.ts';

/**
 * Opens the database the environment names, applies migrations and seeds it (a no-op when current).
 * On PostgreSQL, processes started together (the API scaled out) take turns under an advisory lock:
 * one migrates and seeds, and those that waited find both done (the migrator skips applied
 * migrations, the seed compares the dataset's hash) instead of racing on the same DDL and rows.
 */
export async function openPreparedDb(): Promise<{ handle: DbHandle; seed: SeedResult }> {
  const handle = await createDbFromEnv();
  try {
    const prepare = async () => {
      await handle.migrate();
      return seedDatabase(handle.db, dataset, readReleaseHistory);
    };
    const seed = await (handle.withMigrationLock ? handle.withMigrationLock(prepare) : prepare());
    return { handle, seed };
  } catch (e) {
    // The first failure is the one to report; closing after it (a full disk, say) may fail too.
    await handle.close().catch(() => {});
    // PGlite reports a full or read-only disk met while migrating or seeding as a bare object.
    throw handle.driver === 'pglite' && handle.location !== 'memory'
      ? dataDirError(e, handle.location)
      : e;
  }
}
