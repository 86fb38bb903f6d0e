import { afterAll, beforeAll } from 'vitest';
import type { Database } from '../client.ts';
import { seededDatabase, type TestDatabase } from './databases.ts';

/**
 * A database seeded with the real data for the tests of one `describe` block: made before them
 * (then `prepare` runs, to add rows of the block's own), disposed of after. Read it inside a test.
 */
export function seededForSuite(kind: TestDatabase, prepare?: (db: Database) => Promise<void>): () => Database {
  let db: Database | undefined;
  let dispose: (() => Promise<void>) | undefined;
  beforeAll(async () => {
    const seeded = await seededDatabase(kind);
    db = seeded.handle.db;
    dispose = seeded.dispose;
    await prepare?.(db);
  });
  afterAll(() => dispose?.());
  return () => db!;
}
