import { setTimeout as sleep } from 'node:timers/promises';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DbHandle } from '../client.ts';
import { downloadSlots } from '../dedicated-connection.ts';
import { reopenPostgres, seededDatabase, testDatabases } from '../testing/databases.ts';
import { DownloadStalledError } from './copy-sources.ts';
import { tableCsvStream } from './csv.ts';

const postgres = testDatabases.find((d) => d.name === 'postgres');

// Download slots bound PostgreSQL's dedicated connections; PGlite streams on its one connection.
describe.skipIf(!postgres)('download connections, held and freed, on postgres', () => {
  let seeded: Awaited<ReturnType<typeof seededDatabase>>;
  const handles: DbHandle[] = [];
  const open = async (downloadConnections: number, downloadStallMs: number) => {
    const handle = await reopenPostgres(seeded.handle, { downloadConnections, downloadStallMs });
    handles.push(handle);
    return handle;
  };
  /** Dedicated connections open on this test's database (other files download from theirs meanwhile). */
  const downloading = async () => {
    const rows = (await seeded.handle.db.execute(
      sql`select count(*)::int as n from pg_stat_activity where application_name = 'aiwatch-download' and datname = current_database()`,
    )) as unknown as { n: number }[];
    return rows[0]?.n;
  };

  beforeAll(async () => {
    seeded = await seededDatabase(postgres!);
  });
  afterAll(async () => {
    await Promise.all(handles.map((h) => h.close()));
    await seeded?.dispose();
  });

  it('holds at most its number of connections: a download beyond waits, and goes on when one ends', async () => {
    const { db } = await open(1, 60_000);
    const first = tableCsvStream(db, 'models')[Symbol.asyncIterator]();
    await first.next();
    expect(downloadSlots(db)!.full).toBe(true);

    const second = tableCsvStream(db, 'entities')[Symbol.asyncIterator]();
    let started = false;
    const secondFirst = second.next().then((r) => ((started = true), r));
    await sleep(500);
    expect(started).toBe(false);
    expect(await downloading()).toBe(1);

    await first.return?.(); // the first client leaves: its slot passes to the one waiting
    expect((await secondFirst).done).toBe(false);
    await second.return?.();
    await expect.poll(downloading, { timeout: 15_000 }).toBe(0);
    expect(downloadSlots(db)!.full).toBe(false);
  });

  it('ends the connection of a client that stops reading, and frees its slot, after the stall time', async () => {
    const { db } = await open(1, 300);
    const csv = tableCsvStream(db, 'models')[Symbol.asyncIterator]();
    await csv.next();
    expect(await downloading()).toBe(1);
    // Nobody reads: the connection goes, and the slot with it, while the client is still away.
    await expect.poll(downloading, { timeout: 15_000 }).toBe(0);
    expect(downloadSlots(db)!.full).toBe(false);
    const rest = (async () => {
      for (let r = await csv.next(); !r.done; r = await csv.next());
    })();
    await expect(rest).rejects.toThrow(DownloadStalledError);
  });
});
