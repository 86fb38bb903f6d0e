import { OpenAPIHono } from '@hono/zod-openapi';
import { cors } from 'hono/cors';
import { requestId } from 'hono/request-id';
import { datasetVersion, InvalidCursorError, UnknownReleaseError, type Database } from '@aiwatch/db';
import type { AppEnv } from './http/app-env.ts';
import { isDatabaseUnavailable } from './http/database-errors.ts';
import { createLogger, type Logger } from './http/logger.ts';
import { invalidParameters, ProblemError, problemResponse } from './http/problem.ts';
import { compress } from './middleware/compress.ts';
import { cachedVersion, dataEtag, type CachedVersion } from './middleware/data-etag.ts';
import { ResponseCache } from './middleware/response-cache.ts';
import { requestLog } from './middleware/request-log.ts';
import { registerCollectionRoutes } from './routes/collection-routes.ts';
import { registerCompareRoute } from './routes/compare.ts';
import { registerDatasetRoutes } from './routes/datasets.ts';
import { registerDocsPage } from './routes/docs.ts';
import { registerHealthRoutes } from './routes/health.ts';
import { registerApiIndex } from './routes/api-index.ts';
import { registerReleaseRoutes } from './routes/releases.ts';
import { ReleaseLibrary } from './releases/library.ts';
import { REQUEST_ID_LIMIT } from './http/ready-answers.ts';
import { tags } from './routes/tags.ts';

export interface AppOptions {
  db: Database;
  logger?: Logger;
  /** Seconds a client should wait before retrying when the database is down. */
  retryAfterSeconds?: number;
  /** The dashboard's public address, for the pages feeds link to (read when a feed is built). */
  siteUrl?: () => string | null;
  /** The release history and the datasets of past releases (the committed history by default). */
  releases?: ReleaseLibrary;
  /** The dataset version, read at most every two seconds (shared with the server's ready answers). */
  version?: CachedVersion;
  /** The API's public origin (API_PUBLIC_URL), the OpenAPI document's server; unknown, the document names `/`. */
  publicUrl?: string | null;
}

const openapiConfig = (publicUrl: string | null) => ({
  openapi: '3.1.0',
  info: {
    title: 'China AI Watch data API',
    version: '1.0.0',
    description: 'Read-only figures, events and relations of China’s AI ecosystem, each traced to its document, section and literal text.',
    license: { name: 'Data: CC BY 4.0', identifier: 'CC-BY-4.0' },
  },
  // Relative `/` is the origin the document was fetched from: right wherever the API is reached.
  servers: [{ url: publicUrl?.replace(/\/+$/, '') || '/', description: 'This API.' }],
  // Public and read-only: no credentials, stated explicitly.
  security: [],
  tags,
});

/** The dataset version as the API reads it: at most every two seconds. */
export const apiVersion = (db: Database): CachedVersion => cachedVersion(() => datasetVersion(db), 2000);

/** Builds the API over a database; `server.ts` only listens, tests call this directly. */
export function createApp({
  db,
  logger = createLogger('silent'),
  retryAfterSeconds = 5,
  siteUrl = () => null,
  releases = new ReleaseLibrary(),
  version = apiVersion(db),
  publicUrl = null,
}: AppOptions) {
  const app = new OpenAPIHono<AppEnv>({
    defaultHook: (result) => {
      // @hono/zod-validator hands the hook the values it validated as `data` (its own Hook type
      // says so; zod-openapi's narrower one leaves it out): the messages need what was given.
      if (!result.success) throw invalidParameters(result.error.issues, (result as { data?: Record<string, unknown> }).data);
    },
  });

  // A client's own id is kept for correlation only when it looks like one.
  app.use('*', requestId({ limitLength: REQUEST_ID_LIMIT }));
  app.use('*', async (c, next) => {
    await next();
    c.res.headers.set('X-Content-Type-Options', 'nosniff');
  });
  app.use('*', requestLog(logger));
  app.use('*', (c, next) => {
    c.set('logger', logger);
    return next();
  });
  app.use('*', cors({ origin: '*', allowMethods: ['GET', 'HEAD', 'OPTIONS'], exposeHeaders: ['ETag', 'Link', 'X-Request-Id', 'Retry-After', 'Content-Disposition'] }));
  app.use('*', compress());
  app.on(['POST', 'PUT', 'PATCH', 'DELETE'], '*', () => {
    throw new ProblemError(405, 'the API is read-only: use GET', {}, { Allow: 'GET, HEAD, OPTIONS' });
  });
  app.use('/v1/*', dataEtag({ version, apiRevision: '1', cache: new ResponseCache() }));

  registerHealthRoutes(app, db);
  registerApiIndex(app);
  registerCollectionRoutes(app, db);
  registerCompareRoute(app, db);
  registerDatasetRoutes(app, db, releases);
  registerReleaseRoutes(app, { db, library: releases, siteUrl });
  const config = openapiConfig(publicUrl);
  app.doc31('/v1/openapi.json', config);
  registerDocsPage(app, () => app.getOpenAPI31Document(config));
  app.get('/', (c) => c.redirect('/docs'));

  app.notFound((c) => problemResponse(c, new ProblemError(404, `no route ${c.req.method} ${c.req.path}; the routes are listed at /docs and /v1/openapi.json`)));
  app.onError((error, c) => {
    if (error instanceof ProblemError) return problemResponse(c, error);
    if (error instanceof UnknownReleaseError) return problemResponse(c, new ProblemError(400, error.message));
    if (error instanceof InvalidCursorError) {
      return problemResponse(c, new ProblemError(400, `cursor: ${error.message}`, { errors: [{ parameter: 'cursor', message: error.message }] }));
    }
    if (isDatabaseUnavailable(error)) {
      logger.log('warn', 'database unavailable', { request_id: c.get('requestId'), error: String(error) });
      return problemResponse(
        c,
        new ProblemError(503, `the database cannot be reached just now; retry in ${retryAfterSeconds} s`, {}, { 'Retry-After': String(retryAfterSeconds) }),
      );
    }
    logger.log('error', 'unhandled error', { request_id: c.get('requestId'), error: error.stack ?? String(error) });
    return problemResponse(c, new ProblemError(500, `an internal error occurred; quote request id ${c.get('requestId')} when reporting it`));
  });
  return app;
}
