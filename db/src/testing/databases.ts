import { randomBytes } from 'node:crypto';
import postgres from 'postgres';
import { dataset, type Dataset } from '@aiwatch/data';
import { sql } from 'drizzle-orm';
import { createDb, type DbHandle, type DbOptions } from '../client.ts';
import { readDbEnv } from '../env.ts';
import { readReleaseHistory, type ReleaseWithChanges } from '@aiwatch/data/releases';
import { seedDatabase } from '../seed/seed.ts';

export interface TestDatabase {
  name: 'pglite' | 'postgres';
  /** A new, empty database of this kind; `dispose` closes it (and drops it on PostgreSQL). */
  create(): Promise<{ handle: DbHandle; dispose(): Promise<void> }>;
}

const pglite: TestDatabase = {
  name: 'pglite',
  async create() {
    const handle = await createDb({ pgliteDir: 'memory' });
    return { handle, dispose: () => handle.close() };
  },
};

/** Each call makes its own database on the server, so runs and files never collide. */
function postgresAt(serverUrl: string): TestDatabase {
  return {
    name: 'postgres',
    async create() {
      const name = `aiwatch_test_${process.pid}_${randomBytes(4).toString('hex')}`;
      const admin = postgres(serverUrl, { max: 1, onnotice: () => {} });
      await admin.unsafe(`CREATE DATABASE ${name}`);
      const url = new URL(serverUrl);
      url.pathname = `/${name}`;
      const handle = await createDb({ databaseUrl: url.toString() });
      return {
        handle,
        async dispose() {
          await handle.close();
          await admin.unsafe(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
          await admin.end();
        },
      };
    },
  };
}

const serverUrl = readDbEnv().TEST_DATABASE_URL;

/** PGlite always; PostgreSQL when TEST_DATABASE_URL names a server. */
export const testDatabases: TestDatabase[] = serverUrl ? [pglite, postgresAt(serverUrl)] : [pglite];

export const postgresSkipNote = serverUrl
  ? null
  : 'PostgreSQL tests skipped: set TEST_DATABASE_URL=postgres://postgres@127.0.0.1:5432/test to run them';

/** A migrated database holding `data` and a release history (the real dataset and its releases by default). */
export async function seededDatabase(kind: TestDatabase, data: Dataset = dataset, history?: () => readonly ReleaseWithChanges[]) {
  const db = await kind.create();
  await db.handle.migrate();
  await seedDatabase(db.handle.db, data, history ?? (data === dataset ? readReleaseHistory : undefined));
  return db;
}

/** A second handle on the PostgreSQL database `handle` opened, with other options (the caller closes it). */
export async function reopenPostgres(handle: DbHandle, options: Omit<DbOptions, 'databaseUrl' | 'pgliteDir'>): Promise<DbHandle> {
  if (handle.driver !== 'postgres' || !serverUrl) throw new Error('reopenPostgres: a PostgreSQL test database only');
  const [row] = (await handle.db.execute(sql`select current_database() as name`)) as unknown as [{ name: string }];
  const url = new URL(serverUrl);
  url.pathname = `/${row.name}`;
  return createDb({ ...options, databaseUrl: url.toString() });
}
