import { createHash } from 'node:crypto';
import type { MiddlewareHandler } from 'hono';
import { cachePolicy } from '../http/cache-policy.ts';
import { addVary } from '../http/vary.ts';
import type { ResponseCache } from './response-cache.ts';

export interface DataEtagOptions {
  /** The dataset version the database holds; the data cannot change without it changing. */
  version(): Promise<string | null>;
  /** Bumped when the API's own output changes shape for the same data. */
  apiRevision: string;
  /** Finished JSON bodies by ETag: a hit is answered without touching the tables. */
  cache?: ResponseCache;
}

/**
 * ETag from the dataset version and the request (path, query, Accept), computed *before* the
 * handler runs: a matching If-None-Match answers 304 without touching the tables, and streamed
 * CSVs get an ETag without being buffered to hash them. A 304 carries the Cache-Control, Vary and
 * ETag its 200 would (RFC 9110 §15.4.5), from the one policy of the path (`cache-policy.ts`).
 */
export function dataEtag(options: DataEtagOptions): MiddlewareHandler {
  return async (c, next) => {
    if (c.req.method !== 'GET' && c.req.method !== 'HEAD') return next();
    const version = await options.version();
    const policy = cachePolicy(c.req.path);
    const accept = policy.negotiated ? (c.req.header('accept') ?? '') : '';
    const key = [options.apiRevision, version, c.req.url.replace(/^[^/]*\/\/[^/]*/, ''), accept];
    const etag = `W/"${createHash('sha256').update(key.join('\n')).digest('base64url').slice(0, 27)}"`;
    const tags = c.req.header('if-none-match')?.split(',').map((m) => m.trim()) ?? [];
    const vary = policy.vary.join(', ');
    const notModified = () => c.body(null, 304, { ETag: etag, 'Cache-Control': policy.cacheControl, Vary: vary });
    if (tags.includes(etag)) return notModified();
    const hit = options.cache?.get(etag);
    // `*` matches any current representation, so only once one is known to exist (not a 404 or 400).
    if (hit) return tags.includes('*') ? notModified() : c.body(hit.body, 200, Object.fromEntries(hit.headers));
    await next();
    if (c.res.status === 200 && tags.includes('*')) {
      await c.res.body?.cancel();
      c.res = notModified();
      return;
    }
    if (c.res.status === 200) {
      c.res.headers.set('ETag', etag);
      c.res.headers.set('Cache-Control', policy.cacheControl);
      addVary(c.res.headers, ...policy.vary);
      const type = c.res.headers.get('content-type') ?? '';
      if (options.cache && type.startsWith('application/json')) {
        const body = await c.res.clone().text();
        const headers = [...c.res.headers].filter(([name]) => name !== 'x-request-id');
        options.cache.set(etag, { body, bytes: Buffer.byteLength(body), headers });
      }
    }
  };
}

export interface CachedVersion {
  (): Promise<string | null>;
  /** The version read less than the time-to-live ago, without waiting; null when there is none. */
  current(): string | null;
}

/** Caches a version lookup briefly so each request does not query it. */
export function cachedVersion(read: () => Promise<string | null>, ttlMs: number, now: () => number = Date.now): CachedVersion {
  let value: { at: number; version: string | null } | null = null;
  const fresh = () => (value && now() - value.at < ttlMs ? value : null);
  const get = async () => {
    const known = fresh();
    if (known) return known.version;
    const version = await read();
    value = { at: now(), version };
    return version;
  };
  return Object.assign(get, { current: () => fresh()?.version ?? null });
}
