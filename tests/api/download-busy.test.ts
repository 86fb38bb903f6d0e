import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createLogger, startApiServer, type RunningServer } from '@aiwatch/api';
import { downloadSlots, type DbHandle } from '@aiwatch/db';
import { reopenPostgres, seededDatabase, testDatabases } from '@aiwatch/db/testing';
import { expectProblem } from './support/http.ts';

const postgres = testDatabases.find((d) => d.name === 'postgres');

// Only PostgreSQL downloads hold connections of their own, so only there can they all be taken.
describe.skipIf(!postgres)('whole-table downloads when every download connection is in use, on postgres', () => {
  let seeded: Awaited<ReturnType<typeof seededDatabase>>;
  let handle: DbHandle;
  let api: RunningServer;
  beforeAll(async () => {
    seeded = await seededDatabase(postgres!);
    handle = await reopenPostgres(seeded.handle, { downloadConnections: 1 });
    api = await startApiServer({ db: handle.db, port: 0, host: '127.0.0.1', logger: createLogger('silent') });
  });
  afterAll(async () => {
    await api?.close();
    await handle?.close();
    await seeded?.dispose();
  });

  it.each(['/v1/datasets/figures.csv', '/v1/datasets.zip'])('%s answers a 503 problem saying when to retry, then the download once one is free', async (path) => {
    const release = await downloadSlots(handle.db)!.acquire(); // another reader's download
    try {
      const busy = await fetch(`${api.url}${path}`);
      expect(busy.headers.get('retry-after')).toBe('10');
      expect(busy.headers.get('cache-control')).toBe('no-store');
      const problem = await expectProblem(busy, 503, path);
      expect(problem).toMatchObject({ type: '/docs#problem-busy', title: 'Too many downloads at once' });
      expect(problem.detail).toMatch(/all 1 download connections of this server are in use; retry in 10 s/);
    } finally {
      release();
    }
    const served = await fetch(`${api.url}${path}`);
    expect(served.status).toBe(200);
    expect((await served.arrayBuffer()).byteLength).toBeGreaterThan(1000);
  });
});
