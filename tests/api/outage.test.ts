import { randomBytes } from 'node:crypto';
import postgres from 'postgres';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createLogger, startApiServer, type RunningServer } from '@aiwatch/api';
import { dataset } from '@aiwatch/data';
import { figureSchema } from '@aiwatch/data/schemas';
import { createDb, readDbEnv, seedDatabase, type DbHandle } from '@aiwatch/db';
import { expectProblem, listEnvelope } from './support/http.ts';
import { startTcpProxy, type TcpProxy } from './support/tcp-proxy.ts';

const serverUrl = readDbEnv().TEST_DATABASE_URL;

/** Requests never hang: each gets this long before the test fails. */
const PATIENCE_MS = 5_000;

describe.skipIf(!serverUrl)('database outage on postgres (skipped without TEST_DATABASE_URL: it needs a real server to cut off)', () => {
  const name = `aiwatch_outage_${process.pid}_${randomBytes(4).toString('hex')}`;
  let admin: postgres.Sql;
  let proxy: TcpProxy;
  let proxied: DbHandle;
  let api: RunningServer;

  const get = (path: string) => fetch(`${api.url}${path}`, { signal: AbortSignal.timeout(PATIENCE_MS) });

  beforeAll(async () => {
    admin = postgres(serverUrl!, { max: 1, onnotice: () => {} });
    await admin.unsafe(`CREATE DATABASE ${name}`);
    const direct = new URL(serverUrl!);
    direct.pathname = `/${name}`;
    const seeding = await createDb({ databaseUrl: direct.toString() });
    await seeding.migrate();
    await seedDatabase(seeding.db, dataset);
    await seeding.close();

    proxy = await startTcpProxy({ host: direct.hostname, port: Number(direct.port || 5432) });
    const viaProxy = new URL(direct);
    viaProxy.hostname = '127.0.0.1';
    viaProxy.port = String(proxy.port);
    proxied = await createDb({ databaseUrl: viaProxy.toString() });
    api = await startApiServer({ db: proxied.db, port: 0, host: '127.0.0.1', logger: createLogger('silent') });
  });

  afterAll(async () => {
    await api?.close();
    await proxy?.start();
    await proxied?.close();
    await proxy?.close();
    await admin?.unsafe(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    await admin?.end();
  });

  it('serves through the proxy while the database is reachable', async () => {
    const res = await get('/v1/figures?limit=500');
    expect(res.status).toBe(200);
    const page = listEnvelope(figureSchema).parse(await res.json());
    expect(page.items.length).toBe(dataset.figures.length);
    expect((await get('/readyz')).status).toBe(200);
  });

  it('answers 503 with Retry-After and a problem body, promptly, while the database is gone', async () => {
    await proxy.stop();
    for (const path of ['/v1/figures', '/readyz', '/v1/entities/zhipu-ai', '/v1/figures?format=csv', '/v1/datasets/figures.csv', '/v1/compare?entities=zhipu-ai,moonshot-ai']) {
      const started = performance.now();
      const res = await get(path);
      const problem = await expectProblem(res, 503, path.split('?')[0]);
      expect(performance.now() - started, path).toBeLessThan(PATIENCE_MS);
      expect(res.headers.get('retry-after')).toBe('5');
      expect(res.headers.get('cache-control')).toBe('no-store');
      expect(problem).toMatchObject({ type: '/docs#problem-unavailable', title: 'Database unavailable' });
      expect(problem.detail).toContain('retry in 5 s');
    }
    const health = await get('/healthz');
    expect(health.status).toBe(200);
  });

  it('recovers by itself once the database is back, without restarting the API', async () => {
    await proxy.start();
    let status = 0;
    for (const deadline = Date.now() + 10_000; Date.now() < deadline; ) {
      const res = await get('/readyz');
      await res.arrayBuffer();
      status = res.status;
      if (status === 200) break;
      await new Promise((r) => setTimeout(r, 200));
    }
    expect(status).toBe(200);
    const res = await get('/v1/figures?limit=500');
    expect(res.status).toBe(200);
    expect(listEnvelope(figureSchema).parse(await res.json()).items.length).toBe(dataset.figures.length);
  });
});
