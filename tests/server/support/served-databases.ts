import { randomBytes } from 'node:crypto';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import postgres from 'postgres';
import { afterAll, beforeAll, expect } from 'vitest';
import { createDb, readDbEnv, type DbHandle, type DbOptions } from '@aiwatch/db';
import { startLauncher, type RunningLauncher } from './launcher.ts';

const serverUrl = readDbEnv().TEST_DATABASE_URL;

export interface ServedDatabase {
  name: 'PGlite' | 'PostgreSQL';
  /** A new database, migrated and filled; the launcher's environment to serve it, and how to remove it after. */
  prepare(): Promise<{ env: Record<string, string>; dispose(): Promise<void> }>;
}

/**
 * A database of each kind for a launcher to serve, filled by `fill` after the migrations: PGlite in
 * a folder of its own, and PostgreSQL (a database of its own, dropped after) when TEST_DATABASE_URL
 * names a server. `label` names them (`aiwatch_<label>_…`).
 */
export function servedDatabases(label: string, fill: (handle: DbHandle) => Promise<void>): ServedDatabase[] {
  async function prepared(options: DbOptions): Promise<void> {
    const handle = await createDb(options);
    try {
      await handle.migrate();
      await fill(handle);
    } finally {
      await handle.close();
    }
  }
  const pglite: ServedDatabase = {
    name: 'PGlite',
    async prepare() {
      const dir = mkdtempSync(join(tmpdir(), `aiwatch-${label}-`));
      await prepared({ pgliteDir: dir });
      return { env: { PGLITE_DIR: dir }, dispose: async () => {} };
    },
  };
  const postgresql: ServedDatabase = {
    name: 'PostgreSQL',
    async prepare() {
      const name = `aiwatch_${label}_${process.pid}_${randomBytes(4).toString('hex')}`;
      const admin = postgres(serverUrl!, { max: 1, onnotice: () => {} });
      await admin.unsafe(`CREATE DATABASE ${name}`);
      const url = new URL(serverUrl!);
      url.pathname = `/${name}`;
      await prepared({ databaseUrl: url.toString() });
      return {
        env: { DATABASE_URL: url.toString() },
        async dispose() {
          await admin.unsafe(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
          await admin.end();
        },
      };
    },
  };
  return serverUrl ? [pglite, postgresql] : [pglite];
}

/** A page's text with the entities Svelte writes decoded, so titles can be looked for as written. */
export const decoded = (html: string) =>
  html.replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');

/**
 * The launcher serving `database` for the tests of one `describe` block, started before them and
 * stopped (its database removed) after: `app()` is the running launcher, `page(path)` a dashboard
 * page's decoded text, checked to answer 200.
 */
export function servedFor(database: ServedDatabase): { app: () => RunningLauncher; page: (path: string) => Promise<string> } {
  let app: RunningLauncher | undefined;
  let dispose = async () => {};
  beforeAll(async () => {
    const prepared = await database.prepare();
    dispose = prepared.dispose;
    app = await startLauncher(prepared.env);
  }, 300_000);
  afterAll(async () => {
    await app?.stop();
    await dispose();
  });
  return {
    app: () => app!,
    async page(path) {
      const res = await fetch(new URL(path, app!.dashboardUrl));
      const body = await res.text();
      expect(res.status, `${path}: ${body.slice(0, 300)}`).toBe(200);
      return decoded(body);
    },
  };
}
