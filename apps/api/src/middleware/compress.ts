import { Readable } from 'node:stream';
import type { ReadableStream as WebReadableStream } from 'node:stream/web';
import { constants, createBrotliCompress, createGzip } from 'node:zlib';
import type { MiddlewareHandler } from 'hono';
import { MIN_COMPRESS_BYTES, pickEncoding } from '../http/encoding.ts';
import { addVary } from '../http/vary.ts';

const compressible = /^(application\/(json|problem\+json|xml)|text\/)/;
/**
 * Brotli or gzip for text responses, streamed (node:zlib; Brotli at a fast quality, since most
 * bodies are produced per request). ZIP archives and small bodies pass through.
 */
export function compress(): MiddlewareHandler {
  return async (c, next) => {
    await next();
    const res = c.res;
    const type = res.headers.get('content-type') ?? '';
    const length = Number(res.headers.get('content-length') ?? Number.NaN);
    if (res.headers.has('content-encoding') || !compressible.test(type) || length < MIN_COMPRESS_BYTES) return;
    addVary(res.headers, 'Accept-Encoding');
    const encoding = pickEncoding(c.req.header('accept-encoding'));
    // Only now touch the body: reading it turns node-server's light response into a full one.
    if (!encoding || c.req.method === 'HEAD' || !res.body) return;
    const zip =
      encoding === 'br'
        ? createBrotliCompress({ params: { [constants.BROTLI_PARAM_QUALITY]: 4 } })
        : createGzip({ level: 6 });
    const body = Readable.fromWeb(res.body as WebReadableStream).pipe(zip);
    const headers = new Headers(res.headers);
    headers.delete('content-length');
    headers.set('content-encoding', encoding);
    c.res = new Response(Readable.toWeb(body) as ReadableStream, { status: res.status, headers });
  };
}
