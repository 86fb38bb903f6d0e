import { PGlite } from '@electric-sql/pglite';
import { pg_trgm } from '@electric-sql/pglite/contrib/pg_trgm';
import type { PgDatabase, PgQueryResultHKT } from 'drizzle-orm/pg-core';
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite';
import { migrate as migratePglite } from 'drizzle-orm/pglite/migrator';
import { drizzle as drizzlePostgres } from 'drizzle-orm/postgres-js';
import { migrate as migratePostgres } from 'drizzle-orm/postgres-js/migrator';
import { fileURLToPath } from 'node:url';
import postgres from 'postgres';
import { failFastConnections } from './database-errors.ts';
import { readDbEnv } from './env.ts';
import { dataDirError, openDataDir } from './data-dir.ts';
import { DownloadSlots, registerDedicatedConnection } from './dedicated-connection.ts';
import * as schema from './schema/index.ts';

/** The driver-independent database the query functions take as their first argument. */
export type Database = PgDatabase<PgQueryResultHKT, typeof schema>;

export interface DbHandle {
  db: Database;
  driver: 'pglite' | 'postgres';
  /** Where the data lives: the PGlite directory, `memory`, or the PostgreSQL URL without password. */
  location: string;
  /** Applies the committed drizzle-kit migrations with the migrator that matches the driver. */
  migrate(): Promise<void>;
  /**
   * PostgreSQL only: runs `fn` holding a database-wide advisory lock, so processes started
   * together migrate and seed one after another (PGlite serves one process, it needs none).
   */
  withMigrationLock?<T>(fn: () => Promise<T>): Promise<T>;
  close(): Promise<void>;
}

export interface DbOptions {
  /** postgres:// URL: use PostgreSQL through postgres.js. */
  databaseUrl?: string | undefined;
  /** PGlite data directory, or `memory` for an in-memory instance. */
  pgliteDir?: string | undefined;
  /** Folder of the SQL migrations; pass it explicitly where this module is bundled. */
  migrationsFolder?: string | undefined;
  /** PostgreSQL: whole-table downloads streaming at once, each on a connection of its own. */
  downloadConnections?: number | undefined;
  /** PostgreSQL: how long a download's client may stop reading before its connection is ended. */
  downloadStallMs?: number | undefined;
  /** Per-statement timeout on PostgreSQL, in milliseconds. */
  statementTimeoutMs?: number | undefined;
}

export const defaultMigrationsFolder = (): string =>
  fileURLToPath(new URL('../migrations', import.meta.url));

function redact(url: string): string {
  const u = new URL(url);
  u.password = '';
  return u.toString();
}

/** Fixed key of the advisory lock that serialises migrating and seeding (any bigint; ours alone). */
const MIGRATION_LOCK_KEY = 4_711_202_604_101;
/** How long a process waits for another one to finish migrating before giving up. */
const MIGRATION_LOCK_WAIT = '5min';

/** Holds the lock on a connection of its own, taken from the pool and given back unchanged. */
async function withAdvisoryLock<T>(client: postgres.Sql, fn: () => Promise<T>): Promise<T> {
  const conn = await client.reserve();
  try {
    // The wait may outlast the per-statement timeout; the session's own value is restored below.
    await conn`select set_config('statement_timeout', ${MIGRATION_LOCK_WAIT}, false)`;
    await conn`select pg_advisory_lock(${MIGRATION_LOCK_KEY})`;
    try {
      return await fn();
    } finally {
      // Fails only with the connection gone, and a session's advisory locks end with it.
      await conn`select pg_advisory_unlock(${MIGRATION_LOCK_KEY})`.catch(() => {});
    }
  } finally {
    await conn`reset statement_timeout`.catch(() => {});
    conn.release();
  }
}

/**
 * Downloads at once per process: with the pool's 10, a few processes stay well inside
 * PostgreSQL's default 100 connections. More wait for a slot (see DownloadSlots).
 */
const DEFAULT_DOWNLOAD_CONNECTIONS = 8;
/** A reader that takes no bytes for two minutes has gone, or will not mind starting again. */
const DEFAULT_DOWNLOAD_STALL_MS = 120_000;

/** One factory for both drivers: PGlite by default, PostgreSQL when a URL is given. */
export async function createDb(options: DbOptions = {}): Promise<DbHandle> {
  const migrationsFolder = options.migrationsFolder ?? defaultMigrationsFolder();
  if (options.databaseUrl) {
    const client = postgres(options.databaseUrl, {
      max: 10,
      onnotice: () => {},
      connection: { statement_timeout: options.statementTimeoutMs ?? 10_000 },
      // An outage answers in milliseconds: bounded connects, no back-off queue (database-errors.ts).
      ...failFastConnections(),
    });
    const db = drizzlePostgres({ client, schema });
    registerDedicatedConnection(db, options.databaseUrl, new DownloadSlots(options.downloadConnections ?? DEFAULT_DOWNLOAD_CONNECTIONS, options.downloadStallMs ?? DEFAULT_DOWNLOAD_STALL_MS));
    return {
      db: db as unknown as Database,
      driver: 'postgres',
      location: redact(options.databaseUrl),
      migrate: () => migratePostgres(db, { migrationsFolder }),
      withMigrationLock: (fn) => withAdvisoryLock(client, fn),
      close: () => client.end({ timeout: 5 }),
    };
  }
  const dir = options.pgliteDir ?? 'memory';
  let unlock = () => {};
  if (dir !== 'memory') unlock = openDataDir(dir);
  // Migration 0008 creates pg_trgm for the search indexes; PGlite can only load extensions it was given.
  const extensions = { pg_trgm };
  const client = dir === 'memory' ? new PGlite({ extensions }) : new PGlite(dir, { extensions });
  try {
    await client.waitReady;
  } catch (e) {
    unlock();
    throw dir === 'memory' ? e : dataDirError(e, dir);
  }
  const db = drizzlePglite({ client, schema });
  return {
    db: db as unknown as Database,
    driver: 'pglite',
    location: dir,
    migrate: () => migratePglite(db, { migrationsFolder }),
    close: async () => {
      await client.close();
      unlock();
    },
  };
}

/** The database the environment asks for (DATABASE_URL, else PGlite in PGLITE_DIR). */
export function createDbFromEnv(overrides: Partial<DbOptions> = {}): Promise<DbHandle> {
  const env = readDbEnv();
  return createDb({ databaseUrl: env.DATABASE_URL, pgliteDir: env.PGLITE_DIR, downloadConnections: env.DOWNLOAD_CONNECTIONS, ...overrides });
}
