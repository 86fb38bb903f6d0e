/**
 * Child process: the API on the database named by BENCH_CHILD_DB (a postgres:// URL the bench
 * prepared, or `memory` for an in-memory PGlite it migrates, seeds and, with BENCH_CHILD_SYNTHETIC,
 * fills itself — PGlite cannot be shared between processes).
 */
import { dataset } from '@aiwatch/data';
import { createDb, seedDatabase } from '@aiwatch/db';
import { sql } from 'drizzle-orm';
import { createLogger, startApiServer } from '@aiwatch/api';
import { childReady } from './children.ts';
import { insertSyntheticBatched } from './synthetic-load.ts';

const target = process.env.BENCH_CHILD_DB ?? 'memory';
const level = (process.env.BENCH_CHILD_LOG_LEVEL ?? 'info') as Parameters<typeof createLogger>[0];
const handle =
  target === 'memory'
    ? await createDb({ pgliteDir: 'memory' })
    : await createDb({ databaseUrl: target });
if (handle.driver === 'pglite') {
  await handle.migrate();
  await seedDatabase(handle.db, dataset);
  const synthetic = Number(process.env.BENCH_CHILD_SYNTHETIC ?? 0);
  if (synthetic > 0) await insertSyntheticBatched(handle.db, synthetic);
}
const version = await handle.db.execute<{ version: string }>(sql`select version() as version`);
const rows = (
  Array.isArray(version) ? version : (version as { rows: { version: string }[] }).rows
) as { version: string }[];
const api = await startApiServer({
  db: handle.db,
  port: 0,
  host: '127.0.0.1',
  logger: createLogger(level),
});
childReady(
  { type: 'ready', url: api.url, database: `${handle.driver}: ${rows[0]?.version ?? '?'}` },
  async () => {
    await api.close();
    await handle.close();
  },
);
