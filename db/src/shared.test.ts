import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { closeSharedDb, sharedDb } from './shared.ts';

// sharedDb opens what the environment names (openPreparedDb → readDbEnv), so the test points the
// environment first at a PostgreSQL nobody listens on, then at an in-memory PGlite.
const saved = { DATABASE_URL: process.env.DATABASE_URL, PGLITE_DIR: process.env.PGLITE_DIR };
function setEnv(env: Partial<typeof saved>): void {
  for (const [key, value] of Object.entries(env)) {
    if (value === undefined) delete process.env[key];
    else process.env[key] = value;
  }
}

describe('sharedDb', () => {
  beforeEach(() => closeSharedDb());
  afterEach(async () => {
    await closeSharedDb();
    setEnv(saved);
  });

  it('tries again after a failed open instead of keeping the failure forever', async () => {
    // Port 1 on the loopback: nothing listens there, the connection is refused at once.
    setEnv({ DATABASE_URL: 'postgres://postgres@127.0.0.1:1/aiwatch', PGLITE_DIR: undefined });
    await expect(sharedDb()).rejects.toMatchObject({
      code: expect.stringMatching(/ECONNREFUSED|DATABASE_UNREACHABLE/),
    });

    // The database is back (here: another one the environment names); the next request opens it.
    setEnv({ DATABASE_URL: undefined, PGLITE_DIR: 'memory' });
    const handle = await sharedDb();
    expect(handle.driver).toBe('pglite');
    expect(await sharedDb()).toBe(handle);
  });

  it('shares one open between callers that ask at the same time', async () => {
    setEnv({ DATABASE_URL: undefined, PGLITE_DIR: 'memory' });
    const [a, b] = await Promise.all([sharedDb(), sharedDb()]);
    expect(a).toBe(b);
  });

  it('closes nothing, and does not throw, when the open fails (also while it is under way)', async () => {
    setEnv({ DATABASE_URL: 'postgres://postgres@127.0.0.1:1/aiwatch', PGLITE_DIR: undefined });
    const failing = sharedDb();
    const closing = closeSharedDb(); // shutting down while the open is still under way
    await expect(failing).rejects.toBeDefined();
    await expect(closing).resolves.toBeUndefined();
    await expect(sharedDb()).rejects.toBeDefined();
    await expect(closeSharedDb()).resolves.toBeUndefined();
  });
});
