import { eq } from 'drizzle-orm';
import type { Database } from '../client.ts';
import { seedState } from '../schema/index.ts';

/**
 * The hash of the dataset the database holds (written by the seed). Responses derive their ETag
 * from it: the data cannot change without it changing.
 */
export async function datasetVersion(db: Database): Promise<string | null> {
  const [row] = await db.select({ hash: seedState.dataset_hash }).from(seedState).where(eq(seedState.id, 'dataset'));
  return row?.hash ?? null;
}
