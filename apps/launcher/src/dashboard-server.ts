import { createHash } from 'node:crypto';
import { createServer, type IncomingMessage, type Server as HttpServer, type ServerResponse } from 'node:http';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import compression from 'compression';
import type { Server as KitServer, SSRManifest } from '@sveltejs/kit';
import { createReadableStream, getRequest, setResponse } from '@sveltejs/kit/node';
import {
  answerClientErrors,
  CURRENT_DATA_CACHE,
  ifNoneMatch,
  NEVER_STORED,
  notModifiedHeaders,
  ReadyAnswer,
  ResponseCache,
  type CachedVersion,
  type Logger,
} from '@aiwatch/api';
import { renderLimit, RenderRefusedError } from './render-limit.ts';
import { staticFiles, type Middleware } from './static-files.ts';

export interface DashboardOptions {
  /** A built dashboard: SvelteKit's server in `kit/`, the client files in `client/`. */
  buildDir: string;
  /** The origin readers reach the dashboard at; every URL the pages build starts with it. */
  publicUrl: string;
  /** What the dashboard's `$env/dynamic/private` holds: its configuration, passed, not set globally. */
  env: Record<string, string>;
  /** Server-side renders at once; the rest wait their turn. */
  renderConcurrency: number;
  /** The dataset version: pages are a function of it, the URL and the day, and cached by them. */
  datasetVersion: CachedVersion;
  logger: Logger;
}

/**
 * Headers every dashboard answer carries (the one place they are set), before the app runs:
 * pages replace the CSP with their own (hashes of their inline scripts); static files,
 * redirects and endpoint errors keep this strict one.
 */
const baseHeaders: Record<string, string> = {
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'strict-origin-when-cross-origin',
  'Permissions-Policy': 'camera=(), microphone=(), geolocation=()',
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Content-Security-Policy':
    "default-src 'none'; img-src 'self' data:; style-src 'unsafe-inline'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'",
};

/** The day: the Data page's citation says when it was accessed, so pages change with it. */
const today = () => new Date().toISOString().slice(0, 10);

/**
 * What a page's HTML depends on besides the data: its URL, the language cookie (it decides where
 * `/` leads) and the day. Not the theme: routes/theme.css applies it, the HTML is the same.
 */
function pageKey(req: IncomingMessage, version: string): string {
  const lang = /(?:^|;\s*)lang=([^;]*)/.exec(req.headers.cookie ?? '')?.[1] ?? '';
  return [version, today(), lang, req.url].join('\n');
}

/** Where a cookie changes the answer: the bare home page leads to /zh-hant/ once that was chosen. */
const dependsOnCookie = (req: IncomingMessage) => /^\/(?:\?|$)/.test(req.url ?? '');

/**
 * Tells caches outside the process what they may keep. A page or download of the current data (a
 * 200 to a GET or HEAD, setting no cookie) is a function of the dataset version, the URL and the
 * day, so it gets the API's policy and an ETag of those three: identical across processes, and a
 * revalidation costs no render once the page is kept. Errors, redirects and answers that set a
 * cookie are never stored; a route that states its own policy (theme.css) keeps it.
 */
function withCachePolicy(response: Response, req: IncomingMessage, version: string | null): Response {
  const headers = new Headers(response.headers);
  const current = version !== null && response.status === 200 && !headers.has('set-cookie');
  if (dependsOnCookie(req)) headers.append('Vary', 'Cookie');
  if (headers.has('cache-control')) return new Response(response.body, { status: response.status, headers });
  if (current) {
    const etag = createHash('sha256').update([version, today(), req.url].join('\n')).digest('base64url').slice(0, 27);
    headers.set('Cache-Control', CURRENT_DATA_CACHE);
    headers.set('ETag', `W/"${etag}"`);
    if (!/accept-encoding/i.test(headers.get('vary') ?? '')) headers.append('Vary', 'Accept-Encoding');
  } else {
    headers.set('Cache-Control', NEVER_STORED);
    // SvelteKit tags its error pages too; nothing stored needs a validator.
    headers.delete('ETag');
  }
  return new Response(response.body, { status: response.status, headers });
}

/** A finished page that any reader asking the same may get: HTML or page data, no cookie set. */
function cacheable(response: Response): boolean {
  const type = response.headers.get('content-type') ?? '';
  return (
    response.status === 200 &&
    !response.headers.has('set-cookie') &&
    (type.startsWith('text/html') || type.startsWith('application/json'))
  );
}

function plain(res: ServerResponse, status: number, text: string, headers: Record<string, string> = {}) {
  if (res.headersSent) return void res.destroy();
  res.writeHead(status, { 'Content-Type': 'text/plain; charset=utf-8', 'Cache-Control': NEVER_STORED, ...headers });
  res.end(text);
}

/** SvelteKit's server for the build, initialised with the dashboard's configuration. */
async function loadKitServer(buildDir: string, env: Record<string, string>): Promise<KitServer> {
  const serverModule = (await import(pathToFileURL(join(buildDir, 'kit', 'index.js')).href)) as { Server: typeof KitServer };
  const { manifest } = (await import(pathToFileURL(join(buildDir, 'kit', 'manifest.js')).href)) as { manifest: SSRManifest };
  const server = new serverModule.Server(manifest);
  await server.init({ env, read: (file) => createReadableStream(join(buildDir, 'client', file)) });
  return server;
}

export interface DashboardHandler {
  handle(req: IncomingMessage, res: ServerResponse): void;
  /** At shutdown: pages still waiting for a render are answered 503 rather than rendered. */
  refuseRenders(): void;
}

/**
 * The dashboard as one request handler: static files (precompressed), then server-side rendering
 * with a bound on concurrent renders, compressed. What adapter-node's handler does, with the
 * configuration passed in rather than read from the process environment and the request's Host
 * never trusted.
 */
export async function createDashboardHandler(options: DashboardOptions): Promise<DashboardHandler> {
  const kit = await loadKitServer(options.buildDir, options.env);
  const base = new URL(options.publicUrl).origin;
  const limited = renderLimit(options.renderConcurrency, 500);
  const statics = staticFiles(join(options.buildDir, 'client'), '/_app/immutable/', (error, path) =>
    options.logger.log('error', 'static file failed', { path, error: String(error) }),
  );
  const compress = compression() as unknown as Middleware;

  /** Finished pages as bytes, each compressed form made once. */
  const pages = new ResponseCache<ReadyAnswer>(64 * 1024 * 1024, 2 * 1024 * 1024);
  /** Pages being rendered for the cache: the same page asked again meanwhile waits for that render. */
  const rendering = new Map<string, Promise<ReadyAnswer | null>>();

  const respond = async (req: IncomingMessage, request: Request, version: string | null) =>
    withCachePolicy(
      // The slot is held while the page is prepared, not while its bytes travel to the client.
      await limited(() => kit.respond(request, { platform: { req }, getClientAddress: () => req.socket.remoteAddress ?? '' })),
      req,
      version,
    );

  /** Sends a response made now: a 304 when the client holds it (a streamed download, say). */
  async function send(req: IncomingMessage, res: ServerResponse, response: Response) {
    if (response.status !== 200 || !ifNoneMatch(req.headers['if-none-match'], response.headers.get('etag'))) return setResponse(res, response);
    await response.body?.cancel();
    res.writeHead(304, notModifiedHeaders(Object.fromEntries(response.headers)));
    res.end();
  }

  /** A page already rendered for this version, URL and cookies, when the version is known without waiting. */
  function readyPage(req: IncomingMessage): ReadyAnswer | undefined {
    const version = req.method === 'GET' || req.method === 'HEAD' ? options.datasetVersion.current() : null;
    return version ? pages.get(pageKey(req, version)) : undefined;
  }

  async function render(req: IncomingMessage, res: ServerResponse) {
    // No version (the database is out): render, and let the page say so.
    const version = req.method === 'GET' || req.method === 'HEAD' ? await options.datasetVersion().catch(() => null) : null;
    const key = version && req.method === 'GET' ? pageKey(req, version) : null;
    const hit = key ? pages.get(key) : undefined;
    if (hit) return void hit.send(req, res);
    let request: Request;
    try {
      request = await getRequest({ base, request: req, bodySizeLimit: 512 * 1024 });
    } catch {
      return plain(res, 400, 'Bad Request');
    }
    const pending = key ? rendering.get(key) : undefined;
    if (!key || pending) {
      const page = await pending;
      return page ? void page.send(req, res) : send(req, res, await respond(req, request, version));
    }
    let settle!: (page: ReadyAnswer | null) => void;
    rendering.set(key, new Promise((resolve) => (settle = resolve)));
    try {
      const response = await respond(req, request, version);
      if (!cacheable(response)) {
        settle(null);
        return await send(req, res, response);
      }
      const page = ReadyAnswer.of(Buffer.from(await response.arrayBuffer()), response.headers, null);
      pages.set(key, page);
      settle(page);
      page.send(req, res);
    } finally {
      settle(null);
      rendering.delete(key);
    }
  }

  return {
    handle(req, res) {
      for (const [name, value] of Object.entries(baseHeaders)) res.setHeader(name, value);
      // A page already made is sent as it is, compressed once, before anything else runs.
      const ready = readyPage(req);
      if (ready) return void ready.send(req, res);
      // Static files are served as built (with their .br and .gz copies), never compressed again.
      statics(req, res, () =>
        compress(req, res, () => {
          render(req, res).catch((error: unknown) => {
            if (error instanceof RenderRefusedError) return plain(res, 503, `${error.message}: try again in a moment.`, { 'Retry-After': '2' });
            options.logger.log('error', 'dashboard request failed', { path: req.url, error: error instanceof Error ? error.stack : String(error) });
            plain(res, 500, 'Internal Server Error');
          });
        }),
      );
    },
    refuseRenders: () => limited.close(),
  };
}

/** An HTTP server for the dashboard once `handler` is ready, not yet listening. */
export function dashboardHttpServer(handler: Promise<DashboardHandler>): HttpServer {
  const server = createServer((req, res) => {
    handler.then((h) => h.handle(req, res), () => plain(res, 503, 'The dashboard is starting or failed to start.', { 'Retry-After': '5' }));
  });
  answerClientErrors(server);
  return server;
}
