/** `npm start -w @aiwatch/api`: migrate + seed the database (DATABASE_MODE=replica: check it), serve the API, drain and stop on SIGTERM. */
import { describeStartupError } from '@aiwatch/db';
import { openPreparedDb } from '@aiwatch/db/prepare';
import { readApiEnv } from './env.ts';
import { createLogger } from './http/logger.ts';
import { stopOnSignals } from './http/drain.ts';
import { startApiServer } from './server.ts';

try {
  const env = readApiEnv();
  const logger = createLogger(env.LOG_LEVEL);
  const { handle, seed } = await openPreparedDb();
  const api = await startApiServer({ db: handle.db, port: env.API_PORT, host: env.API_HOST, logger, publicUrl: env.API_PUBLIC_URL }).catch(async (e: unknown) => {
    await handle.close();
    throw e;
  });
  logger.log('info', 'api listening', { url: api.url, database: `${handle.driver} ${handle.location}`, seeded: seed.changed });
  console.log(`API: ${api.url}/v1 (docs: ${api.url}/docs)`);

  stopOnSignals(async (signal) => {
    logger.log('info', 'shutting down', { signal, deadline_ms: env.SHUTDOWN_TIMEOUT_MS });
    await api.close(env.SHUTDOWN_TIMEOUT_MS);
    await handle.close();
  });
} catch (error) {
  console.error(`api: ${describeStartupError(error)}`);
  process.exit(1);
}
