import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { count } from 'drizzle-orm';
import type { Database } from '../client.ts';
import { metrics, seedState } from '../schema/index.ts';
import { SEED_STATE_ID } from '../seed/seed.ts';
import { testDatabases } from '../testing/databases.ts';
import { perDatasetVersion } from './per-dataset-version.ts';

describe.each(testDatabases)('perDatasetVersion on $name', (kind) => {
  let dispose: () => Promise<void>;
  let db: Database;
  beforeAll(async () => {
    const made = await kind.create();
    await made.handle.migrate();
    db = made.handle.db;
    dispose = made.dispose;
  });
  afterAll(() => dispose?.());

  /** What a seed does to the data and its version at once (a metric stands for the data). */
  async function seed(version: string, metricIds: string[]) {
    await db.transaction(async (tx) => {
      await tx.delete(metrics);
      await tx.delete(seedState);
      for (const id of metricIds) await tx.insert(metrics).values({ id, name_en: id, name_zh: id, unit: 'count', description_en: id, description_zh: id });
      await tx.insert(seedState).values({ id: SEED_STATE_ID, dataset_hash: version, release: null, seeded_at: new Date().toISOString() });
    });
  }

  let reads = 0;
  const countMetrics = perDatasetVersion(async (d: Database, unit: string) => {
    reads++;
    const [row] = await d.select({ n: count() }).from(metrics);
    return `${row!.n} ${unit}`;
  }, 2);

  it('reads while the database is not seeded, each time', async () => {
    reads = 0;
    expect(await countMetrics(db, 'metrics')).toBe('0 metrics');
    expect(await countMetrics(db, 'metrics')).toBe('0 metrics');
    expect(reads).toBe(2);
  });

  it('keeps an answer while the version stays, and reads again once a seed changes it', async () => {
    await seed('v1', ['a', 'b']);
    reads = 0;
    const together = await Promise.all([countMetrics(db, 'metrics'), countMetrics(db, 'metrics')]);
    expect(together).toEqual(['2 metrics', '2 metrics']);
    expect(await countMetrics(db, 'metrics')).toBe('2 metrics');
    expect(reads).toBe(1);

    await seed('v2', ['a', 'b', 'c']);
    expect(await countMetrics(db, 'metrics')).toBe('3 metrics');
    expect(await countMetrics(db, 'metrics')).toBe('3 metrics');
    expect(reads).toBe(2);
  });

  it('keeps an answer per arguments, only as many as it was told, dropping the least recently used', async () => {
    await seed('v3', ['a']);
    reads = 0;
    await countMetrics(db, 'x');
    await countMetrics(db, 'y');
    await countMetrics(db, 'x');
    expect(reads).toBe(2);
    await countMetrics(db, 'z'); // drops y, used least recently
    await countMetrics(db, 'x');
    expect(reads).toBe(3);
    expect(await countMetrics(db, 'y')).toBe('1 y');
    expect(reads).toBe(4);
  });

  it('does not keep a failure', async () => {
    let fail = true;
    const flaky = perDatasetVersion(async () => {
      if (fail) throw new Error('database away');
      return 'answer';
    });
    await expect(flaky(db)).rejects.toThrow('database away');
    fail = false;
    expect(await flaky(db)).toBe('answer');
  });
});
