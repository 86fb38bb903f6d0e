import { createLogger, startApiServer, type RunningServer } from '@aiwatch/api';
import type { DbHandle } from '@aiwatch/db';
import { seededDatabase, testDatabases, type TestDatabase } from '@aiwatch/db/testing';

export { testDatabases };

export interface ApiUnderTest {
  /** Base URL, e.g. http://127.0.0.1:41234 */
  url: string;
  handle: DbHandle;
  /** GET a path (with query) over real HTTP. */
  get(path: string, init?: RequestInit): Promise<Response>;
  stop(): Promise<void>;
}

/** A real HTTP server on a free port over a freshly seeded database of the given kind. */
export async function startApi(kind: TestDatabase): Promise<ApiUnderTest> {
  const db = await seededDatabase(kind);
  const server: RunningServer = await startApiServer({
    db: db.handle.db,
    port: 0,
    host: '127.0.0.1',
    logger: createLogger('silent'),
  });
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
