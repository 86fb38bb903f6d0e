import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectProblem, rawGet } from './support/http.ts';
import { startApi, testDatabases, type ApiUnderTest } from './support/server.ts';

const CACHE = 'public, max-age=60, s-maxage=600, stale-while-revalidate=3600, stale-if-error=86400';

const okRoutes = [
  '/v1/figures',
  '/v1/entities?group=ai-six-tigers',
  '/v1/entities/zhipu-ai',
  '/v1/compare?entities=zhipu-ai,moonshot-ai',
  '/v1/datasets',
  '/v1/datasets/figures.csv',
  '/v1/datapackage.json',
  '/v1/openapi.json',
  '/v1/relations?format=csv',
];

describe.each(testDatabases)('HTTP on $name', (kind) => {
  let api: ApiUnderTest;
  beforeAll(async () => {
    api = await startApi(kind);
  });
  afterAll(() => api?.stop());

  describe('ETag and If-None-Match', () => {
    it.each(okRoutes)('GET %s has a weak ETag, Cache-Control and Vary', async (path) => {
      const res = await api.get(path);
      await res.arrayBuffer();
      expect(res.status).toBe(200);
      expect(res.headers.get('etag')).toMatch(/^W\/"[\w-]{27}"$/);
      expect(res.headers.get('cache-control')).toBe(CACHE);
      // A whole-table download answers CSV whatever Accept says.
      expect(res.headers.get('vary')).toBe(path.startsWith('/v1/datasets/') ? 'Accept-Encoding' : 'Accept, Accept-Encoding');
    });

    it.each(okRoutes)('GET %s with its ETag in If-None-Match answers 304 with an empty body', async (path) => {
      const first = await api.get(path);
      await first.arrayBuffer();
      const etag = first.headers.get('etag')!;
      for (const match of [etag, `W/"other", ${etag}`, '*']) {
        const res = await api.get(path, { headers: { 'if-none-match': match } });
        expect(res.status, match).toBe(304);
        expect(await res.text()).toBe('');
        expect(res.headers.get('etag')).toBe(etag);
        expect(res.headers.get('cache-control')).toBe(CACHE);
        expect(res.headers.get('x-request-id')).toBeTruthy();
      }
    });

    it('answers 200 again to a stale ETag', async () => {
      const res = await api.get('/v1/figures', { headers: { 'if-none-match': 'W/"not-the-current-one-at-all"' } });
      expect(res.status).toBe(200);
      expect((await res.json()) as object).toHaveProperty('items');
    });

    it('gives different representations different ETags', async () => {
      const etag = async (path: string, accept?: string) => {
        const res = await api.get(path, accept ? { headers: { accept } } : {});
        await res.arrayBuffer();
        return res.headers.get('etag');
      };
      const json = await etag('/v1/figures');
      expect(await etag('/v1/figures')).toBe(json);
      expect(await etag('/v1/figures?limit=2')).not.toBe(json);
      expect(await etag('/v1/figures', 'text/csv')).not.toBe(json);
      expect(await etag('/v1/figures?format=csv')).not.toBe(json);
    });

    it('gives errors no ETag and Cache-Control: no-store; health checks are never cached', async () => {
      for (const path of ['/v1/figures?limit=0', '/v1/entities/no-such-entity', '/v1/nope']) {
        const res = await api.get(path);
        await res.arrayBuffer();
        expect(res.status).toBeGreaterThanOrEqual(400);
        expect(res.headers.get('etag')).toBeNull();
        expect(res.headers.get('cache-control')).toBe('no-store');
      }
      for (const path of ['/healthz', '/readyz']) {
        const res = await api.get(path);
        await res.arrayBuffer();
        expect(res.headers.get('cache-control')).toBe('no-store');
      }
    });
  });

  describe('compression', () => {
    const identity = (path: string) => rawGet(`${api.url}${path}`, { 'accept-encoding': 'identity' });

    it.each(['/v1/relations?limit=500', '/v1/datasets/relations.csv', '/v1/entities/zhipu-ai', '/v1/openapi.json'])(
      'compresses %s with br or gzip, decompressing to the uncompressed body',
      async (path) => {
        const plain = await identity(path);
        expect(plain.status).toBe(200);
        expect(plain.headers['content-encoding']).toBeUndefined();
        expect(plain.body.length).toBeGreaterThan(1024);

        const br = await rawGet(`${api.url}${path}`, { 'accept-encoding': 'br' });
        expect(br.headers['content-encoding']).toBe('br');
        expect(br.headers.vary).toContain('Accept-Encoding');
        expect(br.body.length).toBeLessThan(plain.body.length);
        expect(brotliDecompressSync(br.body).equals(plain.body)).toBe(true);

        const gzip = await rawGet(`${api.url}${path}`, { 'accept-encoding': 'gzip' });
        expect(gzip.headers['content-encoding']).toBe('gzip');
        expect(gunzipSync(gzip.body).equals(plain.body)).toBe(true);
      },
    );

    it.each([
      ['gzip, deflate, br', 'br'],
      ['gzip;q=1, br;q=0.5', 'gzip'],
      ['br;q=0, gzip', 'gzip'],
      ['*', 'br'],
      ['deflate', undefined],
      ['identity', undefined],
      ['gzip;q=0, br;q=0', undefined],
    ])('Accept-Encoding: %s → %s', async (accept, expected) => {
      const res = await rawGet(`${api.url}/v1/relations?limit=500`, { 'accept-encoding': accept });
      expect(res.status).toBe(200);
      expect(res.headers['content-encoding']).toBe(expected);
    });

    it('leaves the ZIP archive as it is', async () => {
      const res = await rawGet(`${api.url}/v1/datasets.zip`, { 'accept-encoding': 'br, gzip' });
      expect(res.status).toBe(200);
      expect(res.headers['content-encoding']).toBeUndefined();
      expect(res.body.readUInt32LE(0)).toBe(0x04034b50);
    });

    it('compresses problem+json bodies too, and never a 304', async () => {
      const problem = await rawGet(`${api.url}/v1/figures?${'x'.repeat(1200)}=1`, { 'accept-encoding': 'gzip' });
      expect(problem.status).toBe(400);
      expect(problem.headers['content-encoding']).toBe('gzip');
      expect(JSON.parse(gunzipSync(problem.body).toString('utf8')).status).toBe(400);
      const first = await rawGet(`${api.url}/v1/figures`, { 'accept-encoding': 'gzip' });
      const notModified = await rawGet(`${api.url}/v1/figures`, { 'accept-encoding': 'gzip', 'if-none-match': String(first.headers.etag) });
      expect(notModified.status).toBe(304);
      expect(notModified.headers['content-encoding']).toBeUndefined();
      expect(notModified.body.length).toBe(0);
    });
  });

  describe('CORS', () => {
    it('allows any origin to GET and exposes the headers a client needs', async () => {
      const res = await api.get('/v1/figures?limit=1', { headers: { origin: 'https://example.org' } });
      await res.arrayBuffer();
      expect(res.headers.get('access-control-allow-origin')).toBe('*');
      const exposed = (res.headers.get('access-control-expose-headers') ?? '').split(',').map((h) => h.trim().toLowerCase());
      expect(exposed).toEqual(expect.arrayContaining(['etag', 'link', 'x-request-id', 'retry-after', 'content-disposition']));
    });

    it('answers a preflight OPTIONS for GET', async () => {
      const res = await api.get('/v1/figures', {
        method: 'OPTIONS',
        headers: { origin: 'https://example.org', 'access-control-request-method': 'GET', 'access-control-request-headers': 'if-none-match' },
      });
      expect(res.status).toBe(204);
      expect(await res.text()).toBe('');
      expect(res.headers.get('access-control-allow-origin')).toBe('*');
      expect(res.headers.get('access-control-allow-methods')?.split(',').map((m) => m.trim())).toEqual(['GET', 'HEAD', 'OPTIONS']);
      expect(res.headers.get('access-control-allow-headers')?.toLowerCase()).toContain('if-none-match');
    });

    it('carries the CORS header on errors too', async () => {
      const res = await api.get('/v1/entities/no-such-entity', { headers: { origin: 'https://example.org' } });
      await res.arrayBuffer();
      expect(res.status).toBe(404);
      expect(res.headers.get('access-control-allow-origin')).toBe('*');
    });
  });

  describe('X-Request-Id', () => {
    it.each([
      ['GET', '/v1/figures', 200],
      ['GET', '/v1/datasets/figures.csv', 200],
      ['GET', '/v1/datasets.zip', 200],
      ['GET', '/docs', 200],
      ['GET', '/healthz', 200],
      ['GET', '/v1/figures?limit=0', 400],
      ['GET', '/v1/nope', 404],
      ['POST', '/v1/figures', 405],
      ['OPTIONS', '/v1/figures', 204],
    ])('is on the response to %s %s (%i)', async (method, path, status) => {
      const res = await api.get(path, { method });
      await res.arrayBuffer();
      expect(res.status).toBe(status);
      expect(res.headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/);
    });

    it('differs per request and equals the problem body’s request_id', async () => {
      const ids = new Set<string>();
      for (let i = 0; i < 5; i++) {
        const res = await api.get('/v1/figures?limit=0');
        const problem = await expectProblem(res, 400);
        ids.add(problem.request_id);
      }
      expect(ids.size).toBe(5);
      const notFound = await api.get('/v1/entities/no-such-entity', { headers: { accept: 'application/json' } });
      expect((await expectProblem(notFound, 404)).request_id).toBe(notFound.headers.get('x-request-id'));
    });

    it('keeps a request id the client sends', async () => {
      const res = await api.get('/v1/figures?limit=0', { headers: { 'x-request-id': 'client-trace-42' } });
      expect(res.headers.get('x-request-id')).toBe('client-trace-42');
      expect((await expectProblem(res, 400)).request_id).toBe('client-trace-42');
    });
  });
});
