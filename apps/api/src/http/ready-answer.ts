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

/** One way of sending the answer: its bytes and every header line of a 200, as Node takes them flat. */
interface Sending {
  bytes: Buffer;
  encoding: Encoding | null;
  headers: string[];
}

/**
 * A finished answer held as bytes: the identity body once, each compressed form made the first
 * time a client asks for it and kept, with its header lines. Serving one is a header lookup and a
 * socket write: no object is built per request but the request's own headers.
 */
export class ReadyAnswer {
  readonly headers: Record<string, string>;
  readonly etag: string | undefined;
  private readonly sendings = new Map<Encoding | null, Sending>();
  /** What each Accept-Encoding seen asks for: clients send a handful of distinct values. */
  private static readonly chosen = new Map<string, Encoding | null>();

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
    answer.sendings.set(encoding, answer.sending(bytes, encoding));
    return answer;
  }

  private static encodingFor(acceptEncoding: string | undefined): Encoding | null {
    const header = acceptEncoding ?? '';
    let encoding = ReadyAnswer.chosen.get(header);
    if (encoding === undefined) {
      encoding = pickEncoding(header);
      // Bounded: a client sending ever new values costs a parse each, never memory.
      if (ReadyAnswer.chosen.size < 256) ReadyAnswer.chosen.set(header, encoding);
    }
    return encoding;
  }

  private sending(bytes: Buffer, encoding: Encoding | null): Sending {
    const headers = Object.entries(this.headers).flat();
    headers.push('content-length', String(bytes.length));
    if (encoding) headers.push('content-encoding', encoding);
    return { bytes, encoding, headers };
  }

  /** Memory held: the body and the compressed forms made so far (a bound, not an exact size). */
  get bytes(): number {
    return 2 * this.body.length;
  }

  /** How to send the answer for an Accept-Encoding: its bytes, their encoding and header lines. */
  private sendingFor(acceptEncoding: string | undefined): Sending {
    const encoding = this.body.length < MIN_COMPRESS_BYTES ? null : ReadyAnswer.encodingFor(acceptEncoding);
    let sending = this.sendings.get(encoding);
    if (!sending) {
      const bytes =
        encoding === 'br'
          ? brotliCompressSync(this.body, { params: { [constants.BROTLI_PARAM_QUALITY]: 5, [constants.BROTLI_PARAM_SIZE_HINT]: this.body.length } })
          : encoding === 'gzip'
            ? gzipSync(this.body, { level: 6 })
            : this.body;
      sending = this.sending(bytes, encoding);
      this.sendings.set(encoding, sending);
    }
    return sending;
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
    const sending = this.sendingFor(req.headers['accept-encoding']);
    const headers = sending.headers.slice();
    for (const name in extra) headers.push(name, extra[name]!);
    res.writeHead(200, headers);
    res.end(req.method === 'HEAD' ? undefined : sending.bytes);
    return 200;
  }
}
