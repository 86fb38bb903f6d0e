/**
 * `npm start`: migrates and seeds the database once, then serves the dashboard and the data API
 * from this one process over that one database instance.
 */
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { createLogger, startApiServer } from '@aiwatch/api';
import { closeSharedDb, DatabaseInUseError, openPreparedDb, provideSharedDb } from '@aiwatch/db';
import { startDashboard } from './dashboard-server.ts';
import { readLauncherEnv } from './env.ts';

const env = readLauncherEnv();
const logger = createLogger(env.LOG_LEVEL);

const handlerPath = createRequire(import.meta.url).resolve('@aiwatch/dashboard/handler');
if (!existsSync(handlerPath)) {
  console.error('start: the dashboard is not built; run `npm run build` (npm start does it for you)');
  process.exit(1);
}

let prepared;
try {
  prepared = await openPreparedDb();
} catch (e) {
  console.error(`start: ${e instanceof DatabaseInUseError ? e.message : String(e)}`);
  process.exit(1);
}
const { handle, seed } = prepared;
provideSharedDb(handle);
// The dashboard links readers to the API; tell it where that is unless the operator already did.
process.env.API_PUBLIC_URL ??= `http://localhost:${env.API_PORT}`;

const api = await startApiServer({ db: handle.db, port: env.API_PORT, host: env.HOST, logger });
const dashboard = await startDashboard(env.PORT, env.HOST);
console.log(`database: ${handle.driver} at ${handle.location} (${seed.changed ? 'seeded now' : 'already seeded'})`);
console.log(`dashboard: ${dashboard.url}`);
console.log(`API:       ${api.url}/v1  (docs: ${api.url}/docs)`);

let stopping = false;
async function stop(signal: string) {
  if (stopping) return;
  stopping = true;
  logger.log('info', 'shutting down', { signal });
  dashboard.server.close();
  dashboard.server.closeIdleConnections();
  await api.close();
  await closeSharedDb();
  process.exit(0);
}
process.on('SIGTERM', () => void stop('SIGTERM'));
process.on('SIGINT', () => void stop('SIGINT'));
