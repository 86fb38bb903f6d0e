import { randomUUID } from 'node:crypto';
import type { IncomingMessage, RequestListener, ServerResponse } from 'node:http';
import { ResponseCache } from '../middleware/response-cache.ts';
import type { CachedVersion } from '../middleware/data-etag.ts';
import { logRequest } from '../middleware/request-log.ts';
import type { Logger } from './logger.ts';
import { ReadyAnswer } from './ready-answer.ts';

/** The longest request id a client may give; longer ones are replaced (here and in the app's requestId). */
export const REQUEST_ID_LIMIT = 64;

/** The same rule as hono's requestId middleware: a client's id is kept when it looks like one. */
function requestIdOf(req: IncomingMessage): string {
  const given = req.headers['x-request-id'];
  return typeof given === 'string' && given.length > 0 && given.length <= REQUEST_ID_LIMIT && !/[^\w\-=]/.test(given) ? given : randomUUID();
}

/**
 * Every JSON answer of the API is a function of the dataset version and the request (URL and
 * Accept), so once made it is kept as bytes and later answered before the framework runs: no
 * routing, no middleware, no Response objects, each compressed form made once. A new dataset
 * version means new keys; old answers age out of the LRU.
 */
export class ReadyAnswers {
  private readonly answers: ResponseCache<ReadyAnswer>;

  constructor(
    private readonly version: CachedVersion,
    private readonly logger: Logger,
    maxBytes = 64 * 1024 * 1024,
  ) {
    this.answers = new ResponseCache<ReadyAnswer>(maxBytes, 4 * 1024 * 1024);
  }

  private key(version: string, method: string, url: string, accept: string | undefined | null): string | null {
    if (method !== 'GET' && method !== 'HEAD') return null;
    return `${version}\n${url}\n${accept ?? ''}`;
  }

  /** A node listener that answers from the store what it can, and passes the rest to `next`. */
  listener(next: RequestListener): RequestListener {
    return (req: IncomingMessage, res: ServerResponse) => {
      const version = this.version.current();
      const key = version && this.key(version, req.method ?? '', req.url ?? '', req.headers.accept);
      const answer = key ? this.answers.get(key) : undefined;
      if (!answer) return next(req, res);
      const start = performance.now();
      const requestId = requestIdOf(req);
      const status = answer.send(req, res, { 'x-request-id': requestId });
      const url = req.url ?? '';
      const q = url.indexOf('?');
      logRequest(this.logger, { requestId, method: req.method ?? '', path: q < 0 ? url : url.slice(0, q), query: q < 0 || q === url.length - 1 ? '' : url.slice(q), status, start });
    };
  }

  /**
   * The framework's fetch, keeping each finished JSON answer it gives with an ETag (the data-
   * derived ones) when the dataset version did not move while it was made.
   */
  capturing<Env>(fetch: (request: Request, env: Env) => Response | Promise<Response>): (request: Request, env: Env) => Promise<Response> {
    return async (request, env) => {
      const before = this.version.current();
      const response = await fetch(request, env);
      // The version the answer was made under: the one known before, or the one its making read.
      const version = this.version.current();
      if (!version || (before && before !== version)) return response;
      const url = new URL(request.url);
      const key = this.key(version, request.method, url.pathname + url.search, request.headers.get('accept'));
      const type = response.headers.get('content-type') ?? '';
      if (!key || request.method !== 'GET' || response.status !== 200 || !type.startsWith('application/json') || !response.headers.has('etag')) return response;
      if (response.headers.has('set-cookie')) return response;
      const bytes = Buffer.from(await response.arrayBuffer());
      const answer = ReadyAnswer.of(bytes, response.headers, response.headers.get('content-encoding'));
      this.answers.set(key, answer);
      return new Response(bytes, { status: 200, headers: response.headers });
    };
  }

  get size(): number {
    return this.answers.size;
  }
}
