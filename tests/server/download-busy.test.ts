/**
 * `npm start` on PostgreSQL with one download connection: while a download holds it, a new
 * download from the dashboard or the API (one process, one set of slots) is told to come back,
 * and the download under way still completes.
 */
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testDatabases, type TestDatabase } from '@aiwatch/db/testing';
import { startLauncher, type RunningLauncher } from './support/launcher.ts';

const postgres = testDatabases.find((d) => d.name === 'postgres');

describe.skipIf(!postgres)('downloads when every download connection is in use, on postgres', () => {
  let database: Awaited<ReturnType<TestDatabase['create']>>;
  let app: RunningLauncher;
  beforeAll(async () => {
    database = await postgres!.create();
    app = await startLauncher({ DATABASE_URL: database.handle.location, DOWNLOAD_CONNECTIONS: '1' });
  });
  afterAll(async () => {
    await app?.stop();
    await database?.dispose();
  });

  const downloading = async () => {
    const rows = (await database.handle.db.execute(
      sql`select count(*)::int as n from pg_stat_activity where application_name = 'aiwatch-download' and datname = current_database()`,
    )) as unknown as { n: number }[];
    return rows[0]?.n;
  };

  it('answers 503 with Retry-After to a new download, and finishes the one that holds the connection', async () => {
    let first: Promise<Response> | undefined;
    // A lock on the table keeps the first download's COPY waiting, so it holds its connection as long as the test needs.
    await database.handle.db.transaction(async (tx) => {
      await tx.execute(sql`lock table models in access exclusive mode`);
      first = fetch(`${app.dashboardUrl}/downloads/models.csv`);
      await expect.poll(downloading, { timeout: 15_000 }).toBe(1);

      const page = await fetch(`${app.dashboardUrl}/downloads/figures.csv`);
      expect(page.status).toBe(503);
      expect(page.headers.get('retry-after')).toBe('5');
      expect(page.headers.get('cache-control')).toBe('no-store');
      expect(await page.text()).toMatch(/All 1 download connections are in use just now; try again in a few seconds/);

      const api = await fetch(`${app.apiUrl}/v1/datasets/figures.csv`);
      expect(api.status).toBe(503);
      expect(api.headers.get('content-type')).toMatch(/^application\/problem\+json/);
      expect(await api.json()).toMatchObject({ type: '/docs#problem-busy' });
    });
    const done = await first!;
    expect(done.status).toBe(200);
    expect((await done.text()).split('\r\n')[0]).toMatch(/^id,/);
    expect((await fetch(`${app.dashboardUrl}/downloads/figures.csv`)).status).toBe(200);
  });
});
