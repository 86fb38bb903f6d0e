/**
 * `npm start`: migrates and seeds the database once (with DATABASE_MODE=replica, only checks that
 * it is prepared), then serves the dashboard and the data API
 * from this one process over that one database instance. Any failure to start is one line on
 * stderr naming the cause and the fix, and a non-zero exit.
 */
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { cachedVersion, createLogger, drainServer, listen, startApiServer, stopOnSignals, urlOf, type RunningServer } from '@aiwatch/api';
import { closeSharedDb, datasetVersion, describeStartupError, openPreparedDb, provideSharedDb, readDbEnv } from '@aiwatch/db';
import { snapshotDashboardBuild, type ServedBuild } from './dashboard-build.ts';
import { createDashboardHandler, dashboardHttpServer, type DashboardHandler } from './dashboard-server.ts';
import { readLauncherEnv } from './env.ts';

let build: ServedBuild | undefined;
let api: RunningServer | undefined;
let dashboard: Server | undefined;
let pages: DashboardHandler | undefined;
/** Known once the dashboard listens; the API's feeds link to its pages. */
let siteUrl: string | null = null;

/** Waits for `work`, but no longer than `ms`. */
const atMost = (work: Promise<unknown>, ms: number) =>
  Promise.race([work, new Promise((resolve) => setTimeout(resolve, ms).unref())]);

async function closeAll(deadlineMs: number) {
  // Pages waiting for a render are rendered while time allows; just before the deadline the rest
  // are answered 503, since a long queue of renders would outlast any deadline.
  const refuse = setTimeout(() => pages?.refuseRenders(), Math.max(0, deadlineMs - 250));
  await Promise.all([
    dashboard?.listening ? drainServer(dashboard, deadlineMs) : undefined,
    api?.server.listening ? api.close(deadlineMs) : undefined,
  ]);
  clearTimeout(refuse);
  // Work cut off at the deadline may still hold the database a moment; the deadline is the promise.
  await atMost(closeSharedDb(), 2000);
  build?.remove();
}

async function fail(error: unknown): Promise<never> {
  console.error(`start: ${describeStartupError(error)}`);
  await closeAll(0).catch(() => {});
  process.exit(1);
}

try {
  const env = readLauncherEnv();
  const logger = createLogger(env.LOG_LEVEL);
  build = snapshotDashboardBuild();
  const replica = readDbEnv().DATABASE_MODE === 'replica';
  console.log(replica ? 'database: checking it is prepared (replica mode)…' : 'database: migrating and seeding…');
  const { handle, seed } = await openPreparedDb();
  provideSharedDb(handle);

  if (env.SERVE === 'all') {
    // API_HOST is HOST unless set: name the one the operator would change.
    const settings = { port: 'API_PORT', host: process.env.API_HOST ? 'API_HOST' : 'HOST' };
    api = await startApiServer({ db: handle.db, port: env.API_PORT, host: env.API_HOST, logger, settings, siteUrl: () => siteUrl, publicUrl: env.API_PUBLIC_URL });
  }
  // Listen first, so the public URL can name the port actually taken (PORT=0 takes any free one).
  let resolveHandler!: (h: DashboardHandler) => void;
  dashboard = dashboardHttpServer(new Promise((resolve) => (resolveHandler = resolve)));
  await listen(dashboard, env.PORT, env.HOST, { port: 'PORT', host: 'HOST' });
  const dashboardUrl = urlOf(env.HOST, (dashboard.address() as AddressInfo).port);
  siteUrl = env.PUBLIC_URL ?? dashboardUrl;
  pages = await createDashboardHandler({
    buildDir: build.dir,
    publicUrl: env.PUBLIC_URL ?? dashboardUrl,
    env: {
      ...(process.env as Record<string, string>),
      PUBLIC_URL: env.PUBLIC_URL ?? dashboardUrl,
      API_PUBLIC_URL: env.API_PUBLIC_URL ?? api?.url ?? urlOf('localhost', env.API_PORT),
    },
    renderConcurrency: env.RENDER_CONCURRENCY,
    datasetVersion: cachedVersion(() => datasetVersion(handle.db), 2000),
    logger,
  });
  resolveHandler(pages);
  console.log(`database: ${handle.driver} at ${handle.location} (${replica ? 'prepared, read only' : seed.changed ? 'seeded now' : 'already seeded'})`);
  console.log(`dashboard: ${dashboardUrl}`);
  if (api) console.log(`API:       ${api.url}/v1  (docs: ${api.url}/docs)`);

  stopOnSignals(async (signal) => {
    logger.log('info', 'shutting down', { signal, deadline_ms: env.SHUTDOWN_TIMEOUT_MS });
    await closeAll(env.SHUTDOWN_TIMEOUT_MS);
  });
} catch (error) {
  await fail(error);
}
