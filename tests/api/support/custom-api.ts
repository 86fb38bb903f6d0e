import { createLogger, ReleaseLibrary, startApiServer } from '@aiwatch/api';
import type { ReleaseWithChanges } from '@aiwatch/data/releases';
import type { Dataset } from '@aiwatch/data';
import { seededDatabase, type TestDatabase } from '@aiwatch/db/testing';
import type { ApiUnderTest } from './server.ts';

/** Like `startApi`, over a database seeded with `data` (and a release history of it) instead of the real dataset. */
export async function startApiOver(kind: TestDatabase, data: Dataset, history?: readonly ReleaseWithChanges[]): Promise<ApiUnderTest> {
  const db = await seededDatabase(kind, data, history && (() => history));
  const releases = history ? new ReleaseLibrary(() => history) : undefined;
  const server = await startApiServer({ db: db.handle.db, port: 0, host: '127.0.0.1', logger: createLogger('silent'), releases });
  return {
    url: server.url,
    handle: db.handle,
    get: (path, init) => fetch(`${server.url}${path}`, init),
    async stop() {
      await server.close();
      await db.dispose();
    },
  };
}
