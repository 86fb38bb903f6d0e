import { dataset } from '@aiwatch/data';
import { createDbFromEnv, type DbHandle } from './client.ts';
import { seedDatabase, type SeedResult } from './seed/seed.ts';

/** Opens the database the environment names, applies migrations and seeds it (a no-op when current). */
export async function openPreparedDb(): Promise<{ handle: DbHandle; seed: SeedResult }> {
  const handle = await createDbFromEnv();
  try {
    await handle.migrate();
    const seed = await seedDatabase(handle.db, dataset);
    return { handle, seed };
  } catch (e) {
    await handle.close();
    throw e;
  }
}
