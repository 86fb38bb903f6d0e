import type { MiddlewareHandler } from 'hono';
import type { Logger } from '../http/logger.ts';

/** One structured line per request, carrying the request id the response also carries. */
export function requestLog(logger: Logger): MiddlewareHandler {
  return async (c, next) => {
    const start = performance.now();
    await next();
    logger.log(c.res.status >= 500 ? 'error' : 'info', 'request', {
      request_id: c.get('requestId'),
      method: c.req.method,
      path: c.req.path,
      query: new URL(c.req.url).search || undefined,
      status: c.res.status,
      ms: Math.round((performance.now() - start) * 10) / 10,
    });
  };
}
