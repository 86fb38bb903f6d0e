/** `npm start -w @aiwatch/api`: migrate + seed the database, serve the API, stop cleanly on SIGTERM. */
import { openPreparedDb } from '@aiwatch/db/prepare';
import { readApiEnv } from './env.ts';
import { createLogger } from './http/logger.ts';
import { startApiServer } from './server.ts';

const env = readApiEnv();
const logger = createLogger(env.LOG_LEVEL);
const { handle, seed } = await openPreparedDb();
const api = await startApiServer({ db: handle.db, port: env.API_PORT, host: env.API_HOST, logger });
logger.log('info', 'api listening', { url: api.url, database: `${handle.driver} ${handle.location}`, seeded: seed.changed });
console.log(`API: ${api.url}/v1 (docs: ${api.url}/docs)`);

let stopping = false;
async function stop(signal: string) {
  if (stopping) return;
  stopping = true;
  logger.log('info', 'shutting down', { signal });
  await api.close();
  await handle.close();
  process.exit(0);
}
process.on('SIGTERM', () => void stop('SIGTERM'));
process.on('SIGINT', () => void stop('SIGINT'));
