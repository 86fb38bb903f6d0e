import { existsSync, readdirSync, statSync } from 'node:fs';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { join, sep } from 'node:path';
import type { Readable } from 'node:stream';
import sirv from 'sirv';
import { decideRange } from './byte-range.ts';

export type Middleware = (req: IncomingMessage, res: ServerResponse, next: () => void) => void;

function pathnameOf(req: IncomingMessage): string {
  const raw = (req.url ?? '/').split('?')[0] ?? '/';
  try {
    return decodeURI(raw);
  } catch {
    return raw;
  }
}

/**
 * The codings of the precompressed copies (br, gzip) that an Accept-Encoding header accepts, as a
 * plain list: sirv matches the header as text, so `br;q=0` (a refusal) or `xbrx` would count.
 */
export function acceptedEncodings(header: string | string[] | undefined): string {
  const accepted = new Set<string>();
  for (const part of [header ?? ''].flat().join(',').split(',')) {
    const [coding = '', ...params] = part.trim().toLowerCase().split(';');
    const q = params.map((p) => /^\s*q=([\d.]+)\s*$/.exec(p)?.[1]).find((v) => v !== undefined);
    if ((coding === 'br' || coding === 'gzip') && (q === undefined || Number(q) > 0)) accepted.add(coding);
  }
  return [...accepted].join(', ');
}

/**
 * The dashboard's built client files (scripts, styles, the favicon), served by sirv as
 * adapter-node does, with the guards sirv lacks: a range it would crash on answers 416 or is
 * read as the standard says, a file removed since start-up answers 404, and a read error ends
 * that one response instead of the process.
 */
export function staticFiles(dir: string, immutablePrefix: string, onError: (error: Error, path: string) => void): Middleware {
  const files = new Set(
    readdirSync(dir, { recursive: true, withFileTypes: true })
      .filter((d) => d.isFile())
      .map((d) => `/${join(d.parentPath, d.name).slice(dir.length + 1).split(sep).join('/')}`),
  );
  const serve = sirv(dir, {
    etag: true,
    gzip: true,
    brotli: true,
    setHeaders: (res, pathname) => {
      if (pathname.startsWith(immutablePrefix)) res.setHeader('Cache-Control', 'public,max-age=31536000,immutable');
    },
  });
  return (req, res, next) => {
    const pathname = pathnameOf(req);
    if ((req.method !== 'GET' && req.method !== 'HEAD') || !files.has(pathname)) return next();
    // sirv lists its files once, at start-up; one gone since then would fail mid-response.
    const variants = [pathname, `${pathname}.br`, `${pathname}.gz`].filter((p) => files.has(p));
    if (variants.some((p) => !existsSync(join(dir, p)))) {
      res.statusCode = 404;
      res.setHeader('Content-Type', 'text/plain; charset=utf-8');
      res.end('Not found');
      return;
    }
    const range = decideRange(req.headers.range);
    if (range.kind === 'unsatisfiable') {
      res.statusCode = 416;
      res.setHeader('Content-Range', `bytes */${statSync(join(dir, pathname)).size}`);
      res.setHeader('Content-Type', 'text/plain; charset=utf-8');
      res.end('Range Not Satisfiable');
      return;
    }
    req.headers['accept-encoding'] = acceptedEncodings(req.headers['accept-encoding']);
    if (range.kind === 'whole') delete req.headers.range;
    else req.headers.range = range.header;
    // sirv pipes a file stream into the response without listening for its errors.
    res.once('pipe', (source: Readable) =>
      source.once('error', (error) => {
        onError(error, pathname);
        res.destroy();
      }),
    );
    serve(req, res, next);
  };
}
