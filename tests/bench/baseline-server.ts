/**
 * Child process: a bare node:http server answering each target with the exact bytes, status,
 * content type and encoding the API gave for it once, for a client sending that Accept-Encoding
 * or none: the ceiling any framework + database can reach.
 */
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { childReady } from './children.ts';
import { fetchOnce, type Canned } from './http-get.ts';

const apiUrl = process.env.BENCH_API_URL ?? '';
const paths = JSON.parse(process.env.BENCH_PATHS ?? '[]') as string[];
const encodings = JSON.parse(process.env.BENCH_ENCODINGS ?? '[""]') as string[];
const key = (path: string, encoding: string) => `${encoding}\n${path}`;
const canned = new Map<string, Canned>();
for (const path of paths) {
  for (const encoding of encodings) {
    canned.set(key(path, encoding), await fetchOnce(`${apiUrl}${path}`, 10_000, encoding ? { 'accept-encoding': encoding } : {}));
  }
}

const server = createServer((req, res) => {
  const hit = canned.get(key(req.url ?? '', req.headers['accept-encoding'] ?? ''));
  if (!hit) {
    res.writeHead(404).end();
    return;
  }
  res.writeHead(hit.status, { 'Content-Type': hit.type, 'Content-Length': hit.body.length, ...(hit.encoding ? { 'Content-Encoding': hit.encoding } : {}) });
  res.end(hit.body);
});
server.listen(0, '127.0.0.1', () => {
  const { port } = server.address() as AddressInfo;
  childReady({ type: 'ready', url: `http://127.0.0.1:${port}` }, async () => {
    server.closeAllConnections();
    await new Promise<void>((done) => server.close(() => done()));
  });
});
