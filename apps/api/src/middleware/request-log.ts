import type { MiddlewareHandler } from 'hono';
import type { Logger } from '../http/logger.ts';

/** The one line logged per request, by the framework's middleware and by the ready answers alike. */
export function logRequest(logger: Logger, line: { requestId: string; method: string; path: string; query: string; status: number; start: number }): void {
  logger.log(line.status >= 500 ? 'error' : 'info', 'request', {
    request_id: line.requestId,
    method: line.method,
    path: line.path,
    query: line.query || undefined,
    status: line.status,
    ms: Math.round((performance.now() - line.start) * 10) / 10,
  });
}

/** One structured line per request, carrying the request id the response also carries. */
export function requestLog(logger: Logger): MiddlewareHandler {
  return async (c, next) => {
    const start = performance.now();
    await next();
    logRequest(logger, { requestId: c.get('requestId'), method: c.req.method, path: c.req.path, query: new URL(c.req.url).search, status: c.res.status, start });
  };
}
