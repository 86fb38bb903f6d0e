import { randomBytes } from 'node:crypto';
import postgres from 'postgres';
import { dataset } from '@aiwatch/data';
import { createDb, seedDatabase } from '@aiwatch/db';

export type BenchDatabase =
  | {
      kind: 'postgres';
      version: string;
      /** URL of the bench's own database, handed to the API process. */
      url: string;
      drop(): Promise<void>;
    }
  | { kind: 'pglite'; version: string; reason: string };

/**
 * PostgreSQL when the server answers: a fresh `aiwatch_bench_<random>` database, migrated and
 * seeded with the real dataset (so synthetic rows can reference real entities). Otherwise PGlite,
 * which each API process then creates in its own memory.
 */
export async function openBenchDatabase(serverUrl: string): Promise<BenchDatabase> {
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
    return {
      kind: 'pglite',
      version: 'PGlite (in-memory)',
      reason: `PostgreSQL at ${serverUrl} not reachable (${(e as Error).message})`,
    };
  }
  const name = `aiwatch_bench_${randomBytes(5).toString('hex')}`;
  await admin.unsafe(`CREATE DATABASE ${name}`);
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  const drop = async () => {
    await admin.unsafe(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    await admin.end({ timeout: 5 });
  };
  try {
    const handle = await createDb({ databaseUrl: url.toString() });
    try {
      await handle.migrate();
      await seedDatabase(handle.db, dataset);
    } finally {
      await handle.close();
    }
  } catch (e) {
    await drop();
    throw e;
  }
  return { kind: 'postgres', version, url: url.toString(), drop };
}
