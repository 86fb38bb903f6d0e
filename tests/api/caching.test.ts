/**
 * What caches outside the process (a CDN, a reverse proxy, a browser) are told: how long each
 * answer may be kept, what it varies by, and that a 304 says the same as the 200 it stands for,
 * whether it came from the kept answers or from the framework.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startApi, testDatabases, type ApiUnderTest } from './support/server.ts';

const CURRENT = 'public, max-age=60, s-maxage=600, stale-while-revalidate=3600, stale-if-error=86400';
const IMMUTABLE = 'public, max-age=31536000, immutable';

/** The headers a cache acts on, which a 304 must repeat from its 200. */
const cacheHeaders = (res: Response) =>
  Object.fromEntries(['cache-control', 'vary', 'etag', 'access-control-allow-origin', 'x-content-type-options'].map((h) => [h, res.headers.get(h)]));

describe.each(testDatabases)('caching headers on $name', (kind) => {
  let api: ApiUnderTest;
  let release: string;
  beforeAll(async () => {
    api = await startApi(kind);
    release = ((await (await api.get('/v1/releases')).json()) as { items: { version: string }[] }).items[0]!.version;
  });
  afterAll(() => api?.stop());

  async function ok(path: string, headers: Record<string, string> = {}) {
    const res = await api.get(path, { headers });
    await res.arrayBuffer();
    expect(res.status, path).toBe(200);
    return res;
  }

  it.each([
    ['a list', '/v1/figures?limit=5'],
    ['a record', '/v1/entities/zhipu-ai'],
    ['a list as CSV', '/v1/relations?format=csv'],
    ['a comparison', '/v1/compare?entities=zhipu-ai,moonshot-ai'],
  ])('%s of the current data may be kept by browsers a minute and by shared caches ten minutes, varying by Accept', async (_, path) => {
    const res = await ok(path);
    expect(res.headers.get('cache-control')).toBe(CURRENT);
    expect(res.headers.get('vary')).toBe('Accept, Accept-Encoding');
    expect(res.headers.get('etag')).toMatch(/^W\/"[\w-]{27}"$/);
  });

  it.each(['/v1/datasets/figures.csv', '/v1/datasets.zip'])('the current download %s revalidates by ETag and does not vary by Accept', async (path) => {
    const asBrowser = await ok(path, { accept: 'text/html,application/xhtml+xml,*/*;q=0.8' });
    const asCurl = await ok(path, { accept: '*/*' });
    expect(asBrowser.headers.get('cache-control')).toBe(CURRENT);
    expect(asBrowser.headers.get('vary')).toBe('Accept-Encoding');
    expect(asCurl.headers.get('etag')).toBe(asBrowser.headers.get('etag'));
  });

  it('a release’s download is immutable, and so is its 304', async () => {
    const path = `/v1/releases/${release}/datasets.zip`;
    const res = await ok(path);
    expect(res.headers.get('cache-control')).toBe(IMMUTABLE);
    const again = await api.get(path, { headers: { 'if-none-match': res.headers.get('etag')! } });
    expect(again.status).toBe(304);
    expect(cacheHeaders(again)).toEqual(cacheHeaders(res));
  });

  it.each(['/v1/sources?limit=3', '/v1/entities/moonshot-ai', '/v1/events?format=csv', '/v1/datasets/metrics.csv'])(
    'a 304 for %s repeats the Cache-Control, Vary and ETag of its 200, from the framework and from the kept answers',
    async (path) => {
      // HEAD is never kept: its ETag lets the first conditional GET reach the framework.
      const head = await api.get(path, { method: 'HEAD' });
      const etag = head.headers.get('etag')!;
      const fromFramework = await api.get(path, { headers: { 'if-none-match': etag } });
      expect(fromFramework.status).toBe(304);
      const full = await ok(path);
      const fromKept = await api.get(path, { headers: { 'if-none-match': etag } });
      expect(fromKept.status).toBe(304);
      expect(cacheHeaders(full).etag).toBe(etag);
      expect(cacheHeaders(fromFramework)).toEqual(cacheHeaders(full));
      expect(cacheHeaders(fromKept)).toEqual(cacheHeaders(full));
    },
  );

  it.each(['/v1/figures?limit=0', '/v1/entities/no-such-entity', '/v1/nope', `/v1/releases/0.0.1/datasets.zip`])(
    'the error answer to %s is never stored',
    async (path) => {
      const res = await api.get(path);
      await res.arrayBuffer();
      expect(res.status).toBeGreaterThanOrEqual(400);
      expect(res.headers.get('cache-control')).toBe('no-store');
      expect(res.headers.get('etag')).toBeNull();
    },
  );
});
