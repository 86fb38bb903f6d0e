/**
 * Child process: a bare node:http server answering each target with the exact bytes, status and
 * content type the API gave for it once: the ceiling any framework + database can reach.
 */
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { childReady } from './children.ts';
import { fetchOnce, type Canned } from './http-get.ts';

const apiUrl = process.env.BENCH_API_URL ?? '';
const paths = (process.env.BENCH_PATHS ?? '').split(',').filter(Boolean);
const canned = new Map<string, Canned>();
for (const path of paths) canned.set(path, await fetchOnce(`${apiUrl}${path}`));

const server = createServer((req, res) => {
  const hit = canned.get(req.url ?? '');
  if (!hit) {
    res.writeHead(404).end();
    return;
  }
  res.writeHead(hit.status, { 'Content-Type': hit.type, 'Content-Length': hit.body.length });
  res.end(hit.body);
});
server.listen(0, '127.0.0.1', () => {
  const { port } = server.address() as AddressInfo;
  childReady({ type: 'ready', url: `http://127.0.0.1:${port}` }, async () => {
    server.closeAllConnections();
    await new Promise<void>((done) => server.close(() => done()));
  });
});
