import { PGlite } from '@electric-sql/pglite';
import type { PgDatabase, PgQueryResultHKT } from 'drizzle-orm/pg-core';
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite';
import { migrate as migratePglite } from 'drizzle-orm/pglite/migrator';
import { drizzle as drizzlePostgres } from 'drizzle-orm/postgres-js';
import { migrate as migratePostgres } from 'drizzle-orm/postgres-js/migrator';
import { mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import postgres from 'postgres';
import { readDbEnv } from './env.ts';
import { lockPgliteDir } from './pglite-lock.ts';
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
  close(): Promise<void>;
}

export interface DbOptions {
  /** postgres:// URL: use PostgreSQL through postgres.js. */
  databaseUrl?: string | undefined;
  /** PGlite data directory, or `memory` for an in-memory instance. */
  pgliteDir?: string | undefined;
  /** Folder of the SQL migrations; pass it explicitly where this module is bundled. */
  migrationsFolder?: string | undefined;
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

/** One factory for both drivers: PGlite by default, PostgreSQL when a URL is given. */
export async function createDb(options: DbOptions = {}): Promise<DbHandle> {
  const migrationsFolder = options.migrationsFolder ?? defaultMigrationsFolder();
  if (options.databaseUrl) {
    const client = postgres(options.databaseUrl, {
      max: 10,
      onnotice: () => {},
      connection: { statement_timeout: options.statementTimeoutMs ?? 10_000 },
    });
    const db = drizzlePostgres({ client, schema });
    return {
      db: db as unknown as Database,
      driver: 'postgres',
      location: redact(options.databaseUrl),
      migrate: () => migratePostgres(db, { migrationsFolder }),
      close: () => client.end({ timeout: 5 }),
    };
  }
  const dir = options.pgliteDir ?? 'memory';
  let unlock = () => {};
  if (dir !== 'memory') {
    mkdirSync(dir, { recursive: true });
    unlock = lockPgliteDir(dir);
  }
  const client = dir === 'memory' ? new PGlite() : new PGlite(dir);
  try {
    await client.waitReady;
  } catch (e) {
    unlock();
    throw e;
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
  return createDb({ databaseUrl: env.DATABASE_URL, pgliteDir: env.PGLITE_DIR, ...overrides });
}
