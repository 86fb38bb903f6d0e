import postgres from 'postgres';
import { sql } from 'drizzle-orm';
import { afterEach, describe, expect, it } from 'vitest';
import { dataset } from '@aiwatch/data';
import { readReleaseHistory } from '@aiwatch/data/releases';
import { prepareDb, UnpreparedDatabaseError } from './prepare.ts';
import { datasetHash, seedDatabase } from './seed/seed.ts';
import { reopenPostgres, testDatabases } from './testing/databases.ts';

describe.each(testDatabases)('a replica-mode start on $name', (kind) => {
  const opened: (() => Promise<void>)[] = [];
  const fresh = async () => {
    const db = await kind.create();
    opened.push(db.dispose);
    return db.handle;
  };
  afterEach(async () => {
    await Promise.all(opened.splice(0).map((dispose) => dispose()));
  });

  it('refuses a database with no migrations, saying to prepare the primary first', async () => {
    const handle = await fresh();
    await expect(prepareDb(handle, 'replica')).rejects.toThrow(UnpreparedDatabaseError);
    await expect(prepareDb(handle, 'replica')).rejects.toThrow(/has no migrations applied; start one process in primary mode/);
  });

  it('refuses a database that holds no dataset, or another one, or this one without its releases', async () => {
    const handle = await fresh();
    await handle.migrate();
    await expect(prepareDb(handle, 'replica')).rejects.toThrow(/holds no dataset/);
    const other = { ...dataset, figures: dataset.figures.slice(1) };
    await seedDatabase(handle.db, other);
    await expect(prepareDb(handle, 'replica')).rejects.toThrow(`holds another dataset (${datasetHash(other).slice(0, 12)}`);
    await seedDatabase(handle.db, dataset);
    await expect(prepareDb(handle, 'replica')).rejects.toThrow(/holds another dataset/);
    await seedDatabase(handle.db, dataset, readReleaseHistory);
    await expect(prepareDb(handle, 'replica')).resolves.toMatchObject({ changed: false, hash: datasetHash(dataset) });
  });

  it('accepts what a primary-mode start prepared', async () => {
    const handle = await fresh();
    expect((await prepareDb(handle, 'primary')).changed).toBe(true);
    const seed = await prepareDb(handle, 'replica');
    expect(seed).toMatchObject({ changed: false, counts: { figures: dataset.figures.length } });
  });

  if (kind.name === 'postgres') {
    it('writes nothing: it starts on a database that refuses writes, as a read replica does', async () => {
      const handle = await fresh();
      await prepareDb(handle, 'primary');
      const [{ name }] = (await handle.db.execute(sql`select current_database() as name`)) as unknown as [{ name: string }];
      const admin = postgres(process.env.TEST_DATABASE_URL!, { max: 1, onnotice: () => {} });
      try {
        await admin.unsafe(`ALTER DATABASE ${name} SET default_transaction_read_only = on`);
      } finally {
        await admin.end();
      }
      // New sessions take the setting: a second handle on the same database, read-only.
      const readOnly = await reopenPostgres(handle, {});
      opened.unshift(() => readOnly.close());
      // drizzle wraps the server's refusal; the cause is PostgreSQL's own message
      await expect(readOnly.db.execute(sql`create table written (x int)`)).rejects.toMatchObject({ cause: { message: expect.stringMatching(/read-only transaction/) } });
      await expect(prepareDb(readOnly, 'replica')).resolves.toMatchObject({ changed: false });
    });
  }
});
