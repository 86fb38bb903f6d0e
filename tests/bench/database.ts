import { randomBytes } from 'node:crypto';
import postgres from 'postgres';
import { dataset } from '@aiwatch/data';
import { createDb, seedDatabase } from '@aiwatch/db';

export interface EmptyDatabase {
  /** The server's `version()`. */
  version: string;
  /** URL of the bench's own database, handed to the processes it starts. */
  url: string;
  drop(): Promise<void>;
}

export type BenchDatabase =
  | ({ kind: 'postgres' } & EmptyDatabase)
  | { kind: 'pglite'; version: string; reason: string };

/** A new, empty `aiwatch_bench_<random>` database on the server; throws when it does not answer. */
export async function createEmptyDatabase(serverUrl: string): Promise<EmptyDatabase> {
  const admin = postgres(serverUrl, {
    max: 1,
    connect_timeout: 3,
    idle_timeout: 5,
    onnotice: () => {},
  });
  let version: string;
  try {
    [{ version }] = (await admin`select version() as version`) as unknown as [{ version: string }];
  } catch (e) {
    await admin.end({ timeout: 1 }).catch(() => {});
    throw e;
  }
  const name = `aiwatch_bench_${randomBytes(5).toString('hex')}`;
  await admin.unsafe(`CREATE DATABASE ${name}`);
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  const drop = async () => {
    await admin.unsafe(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    await admin.end({ timeout: 5 });
  };
  return { version, url: url.toString(), drop };
}

/**
 * PostgreSQL when the server answers: a fresh database, migrated and seeded with the real dataset
 * (so synthetic rows can reference real entities). Otherwise PGlite, which each API process then
 * creates in its own memory.
 */
export async function openBenchDatabase(serverUrl: string): Promise<BenchDatabase> {
  let empty: EmptyDatabase;
  try {
    empty = await createEmptyDatabase(serverUrl);
  } catch (e) {
    return {
      kind: 'pglite',
      version: 'PGlite (in-memory)',
      reason: `PostgreSQL at ${serverUrl} not reachable (${(e as Error).message})`,
    };
  }
  try {
    const handle = await createDb({ databaseUrl: empty.url });
    try {
      await handle.migrate();
      await seedDatabase(handle.db, dataset);
    } finally {
      await handle.close();
    }
  } catch (e) {
    await empty.drop();
    throw e;
  }
  return { kind: 'postgres', ...empty };
}
