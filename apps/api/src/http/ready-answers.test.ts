import { createServer, request as httpRequest, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { getRequestListener } from '@hono/node-server';
import { Hono } from 'hono';
import { afterEach, describe, expect, it } from 'vitest';
import { compress } from '../middleware/compress.ts';
import { cachedVersion } from '../middleware/data-etag.ts';
import { createLogger } from './logger.ts';
import { ReadyAnswers } from './ready-answers.ts';

const big = JSON.stringify({ items: Array.from({ length: 300 }, (_, i) => ({ id: `record-${i}`, note: 'a note long enough to compress' })) });

/** A real server: a small Hono app behind the ready answers, counting what the app itself answers. */
async function serve(versionOf: () => string, now: () => number = Date.now) {
  const made: string[] = [];
  const logged: Record<string, unknown>[] = [];
  // As in the API, the version is read when an answer is made and at most once per time-to-live.
  const version = cachedVersion(async () => versionOf(), 2000, now);
  const app = new Hono();
  app.use('*', compress());
  app.get('/json', async (c) => {
    made.push(c.req.url);
    return c.body(big, 200, { 'Content-Type': 'application/json', ETag: `W/"${await version()}"`, Vary: 'Accept, Accept-Encoding', 'Access-Control-Allow-Origin': '*' });
  });
  app.get('/csv', (c) => {
    made.push(c.req.url);
    return c.body('a,b\n1,2\n', 200, { 'Content-Type': 'text/csv', ETag: 'W/"csv"' });
  });
  app.get('/untagged', (c) => {
    made.push(c.req.url);
    return c.json({ ok: true });
  });
  await version();
  const logger = createLogger('info', (line) => logged.push(JSON.parse(line) as Record<string, unknown>));
  const ready = new ReadyAnswers(version, logger);
  const server = createServer(ready.listener(getRequestListener(ready.capturing(app.fetch))));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { server, url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, made, logged, version };
}

/** GET or HEAD over raw HTTP, the body as bytes (fetch would decompress it). */
function raw(url: string, headers: Record<string, string> = {}, method = 'GET') {
  return new Promise<{ status: number; headers: Record<string, string | string[] | undefined>; body: Buffer }>((resolve, reject) => {
    const req = httpRequest(url, { method, headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }));
    });
    req.on('error', reject);
    req.end();
  });
}

const answerHeaders = (h: Record<string, string | string[] | undefined>) => {
  const { date: _d, connection: _c, 'keep-alive': _k, 'transfer-encoding': _t, 'content-length': _l, 'x-request-id': _r, ...rest } = h;
  return rest;
};

let server: Server | undefined;
afterEach(() => new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve())));

describe('ReadyAnswers', () => {
  it('answers a repeated GET from the bytes the app made once, the same status, headers and body in every encoding', async () => {
    const s = await serve(() => 'v1');
    server = s.server;
    for (const encoding of ['identity', 'br', 'gzip', 'br', 'gzip', 'identity']) {
      const res = await raw(`${s.url}/json?x=1`, { 'accept-encoding': encoding });
      expect(res.status).toBe(200);
      const body = encoding === 'br' ? brotliDecompressSync(res.body) : encoding === 'gzip' ? gunzipSync(res.body) : res.body;
      expect(body.toString()).toBe(big);
      expect(res.headers['content-encoding']).toBe(encoding === 'identity' ? undefined : encoding);
      expect(answerHeaders(res.headers)).toMatchObject({ etag: 'W/"v1"', vary: 'Accept, Accept-Encoding', 'access-control-allow-origin': '*' });
      expect(Number(res.headers['content-length'])).toBe(res.body.length);
    }
    expect(s.made).toHaveLength(1);
  });

  it('keeps one answer per URL and Accept, and never CSV, an answer without ETag, or anything not GET', async () => {
    const s = await serve(() => 'v1');
    server = s.server;
    for (let i = 0; i < 2; i++) {
      await raw(`${s.url}/json?x=1`);
      await raw(`${s.url}/json?x=2`);
      await raw(`${s.url}/json?x=1`, { accept: 'application/json' });
      await raw(`${s.url}/csv`);
      await raw(`${s.url}/untagged`);
    }
    expect(s.made.map((u) => new URL(u).pathname + new URL(u).search)).toEqual(['/json?x=1', '/json?x=2', '/json?x=1', '/csv', '/untagged', '/csv', '/untagged']);
  });

  it('answers HEAD and If-None-Match from the kept answer: headers only, and a 304 with the validators', async () => {
    const s = await serve(() => 'v1');
    server = s.server;
    const first = await raw(`${s.url}/json`);
    const head = await raw(`${s.url}/json`, {}, 'HEAD');
    expect(head.status).toBe(200);
    expect(head.body.length).toBe(0);
    expect(head.headers['content-length']).toBe(String(first.body.length));
    for (const match of ['W/"v1"', 'W/"old", W/"v1"', '*']) {
      const res = await raw(`${s.url}/json`, { 'if-none-match': match });
      expect(res.status).toBe(304);
      expect(res.body.length).toBe(0);
      expect(res.headers).toMatchObject({ etag: 'W/"v1"', vary: 'Accept, Accept-Encoding', 'access-control-allow-origin': '*' });
      expect(res.headers['content-type']).toBeUndefined();
    }
    expect((await raw(`${s.url}/json`, { 'if-none-match': 'W/"old"' })).status).toBe(200);
    expect(s.made).toHaveLength(1);
  });

  it('logs each answer it gives as the app’s log does, with the request id it sends (the client’s when it looks like one)', async () => {
    const s = await serve(() => 'v1');
    server = s.server;
    await raw(`${s.url}/json?q=a`);
    const kept = await raw(`${s.url}/json?q=a`, { 'x-request-id': 'trace-7' });
    const replaced = await raw(`${s.url}/json?q=a`, { 'x-request-id': 'not an id!' });
    expect(kept.headers['x-request-id']).toBe('trace-7');
    expect(replaced.headers['x-request-id']).toMatch(/^[0-9a-f-]{36}$/);
    await new Promise((resolve) => setImmediate(resolve));
    expect(s.logged.map(({ time: _t, ms: _m, ...line }) => line)).toEqual([
      { level: 'info', msg: 'request', request_id: 'trace-7', method: 'GET', path: '/json', query: '?q=a', status: 200 },
      { level: 'info', msg: 'request', request_id: replaced.headers['x-request-id'], method: 'GET', path: '/json', query: '?q=a', status: 200 },
    ]);
  });

  it('stops answering from what it kept once the dataset version moves on', async () => {
    let current = 'v1';
    let clock = 0;
    const s = await serve(() => current, () => clock);
    server = s.server;
    await raw(`${s.url}/json`);
    expect((await raw(`${s.url}/json`)).headers.etag).toBe('W/"v1"');
    current = 'v2';
    expect((await raw(`${s.url}/json`)).headers.etag, 'the version is read again only after its time-to-live').toBe('W/"v1"');
    clock += 2000;
    expect((await raw(`${s.url}/json`)).headers.etag).toBe('W/"v2"');
    expect((await raw(`${s.url}/json`)).headers.etag).toBe('W/"v2"');
    expect(s.made).toHaveLength(2);
  });
});
