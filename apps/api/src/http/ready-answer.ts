import type { IncomingMessage, ServerResponse } from 'node:http';
import { brotliCompressSync, brotliDecompressSync, constants, gunzipSync, gzipSync } from 'node:zlib';
import { MIN_COMPRESS_BYTES, pickEncoding, type Encoding } from './encoding.ts';

/** Headers that belong to one sending of the bytes, not to the answer. */
const perSending = new Set(['content-length', 'content-encoding', 'x-request-id', 'date', 'connection', 'keep-alive', 'transfer-encoding']);
/**
 * What a 304 repeats of the 200 it stands for (RFC 9110 §15.4.5), and the security headers: a
 * browser lays a 304's headers over the page it kept, so a page's own Content-Security-Policy must
 * come again, or the stricter default one of the server would replace it and block the page.
 */
const notModifiedKeeps = /^(etag|cache-control|vary|expires|content-location|access-control-|x-content-type-options|content-security-policy)/;

/** The headers a 304 repeats of the 200 it stands for. */
export function notModifiedHeaders(headers: Record<string, string>): Record<string, string> {
  return Object.fromEntries(Object.entries(headers).filter(([name]) => notModifiedKeeps.test(name.toLowerCase())));
}

/** Whether If-None-Match names `etag` (or `*`, any answer that exists). */
export function ifNoneMatch(header: string | undefined, etag: string | undefined | null): boolean {
  if (!header || !etag) return false;
  return header.split(',').some((tag) => {
    const t = tag.trim();
    return t === '*' || t === etag;
  });
}

/**
 * A finished answer held as bytes: the identity body once, each compressed form made the first
 * time a client asks for it and kept. Serving one is a header lookup and a socket write.
 */
export class ReadyAnswer {
  readonly headers: Record<string, string>;
  readonly etag: string | undefined;
  private readonly encoded = new Map<Encoding, Buffer>();

  private constructor(
    readonly body: Buffer,
    headers: Iterable<[string, string]>,
  ) {
    this.headers = Object.fromEntries([...headers].filter(([name]) => !perSending.has(name.toLowerCase())));
    this.etag = this.headers['etag'];
  }

  /** Bytes as they may have come compressed from a handler: kept as that encoding, decoded once. */
  static of(bytes: Buffer, headers: Iterable<[string, string]>, encoding: string | null): ReadyAnswer {
    if (encoding !== 'br' && encoding !== 'gzip') return new ReadyAnswer(bytes, headers);
    const answer = new ReadyAnswer(encoding === 'br' ? brotliDecompressSync(bytes) : gunzipSync(bytes), headers);
    answer.encoded.set(encoding, bytes);
    return answer;
  }

  /** Memory held: the body and the compressed forms made so far (a bound, not an exact size). */
  get bytes(): number {
    return 2 * this.body.length;
  }

  /** The bytes to send for an Accept-Encoding, and the encoding they are in. */
  bodyFor(acceptEncoding: string | undefined): { bytes: Buffer; encoding: Encoding | null } {
    const encoding = this.body.length < MIN_COMPRESS_BYTES ? null : pickEncoding(acceptEncoding);
    if (!encoding) return { bytes: this.body, encoding };
    let bytes = this.encoded.get(encoding);
    if (!bytes) {
      bytes =
        encoding === 'br'
          ? brotliCompressSync(this.body, { params: { [constants.BROTLI_PARAM_QUALITY]: 5, [constants.BROTLI_PARAM_SIZE_HINT]: this.body.length } })
          : gzipSync(this.body, { level: 6 });
      this.encoded.set(encoding, bytes);
    }
    return { bytes, encoding };
  }

  /** Whether If-None-Match names this answer (or `*`, since it exists). */
  matches(header: string | undefined): boolean {
    return ifNoneMatch(header, this.etag);
  }

  /** Writes the answer (a 304 when the client holds it), with the request's own extra headers. */
  send(req: IncomingMessage, res: ServerResponse, extra: Record<string, string> = {}): number {
    if (this.matches(req.headers['if-none-match'])) {
      res.writeHead(304, { ...notModifiedHeaders(this.headers), ...extra });
      res.end();
      return 304;
    }
    const { bytes, encoding } = this.bodyFor(req.headers['accept-encoding']);
    res.writeHead(200, { ...this.headers, ...extra, 'content-length': String(bytes.length), ...(encoding ? { 'content-encoding': encoding } : {}) });
    res.end(req.method === 'HEAD' ? undefined : bytes);
    return 200;
  }
}
