/**
 * What caches outside the process may keep of the dashboard: pages and downloads of the current
 * data for a while, revalidated by ETag; never errors; and a page's HTML is the same whatever the
 * reader's theme (theme.css applies it), so a shared cache keyed by URL serves every reader right.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startLauncher, type RunningLauncher } from './support/launcher.ts';
import { rawGet, type RawResponse } from './support/raw-http.ts';

const CURRENT = 'public, max-age=60, s-maxage=600, stale-while-revalidate=3600, stale-if-error=86400';
const varyOf = (res: RawResponse) => String(res.headers.vary ?? '').split(',').map((v) => v.trim().toLowerCase()).filter(Boolean);
/** What a 304 must repeat of its 200: a browser lays it over the page it kept (the page's own CSP too). */
const cacheHeaders = (res: RawResponse) => ({
  'cache-control': res.headers['cache-control'],
  vary: res.headers.vary,
  etag: res.headers.etag,
  'content-security-policy': res.headers['content-security-policy'],
});

describe('caching headers of the dashboard', () => {
  let app: RunningLauncher;
  beforeAll(async () => {
    app = await startLauncher();
  });
  afterAll(async () => {
    await app?.stop();
  });

  const get = (path: string, headers: Record<string, string> = {}) => rawGet(`${app.dashboardUrl}${path}`, { 'accept-encoding': 'identity', ...headers });

  it.each(['/companies', '/zh-hant/companies', '/data', '/zh-hant/timeline'])(
    '%s is the same HTML with any theme cookie, kept by URL alone, and its 304 says the same',
    async (path) => {
      const plain = await get(path);
      expect(plain.status).toBe(200);
      expect(plain.headers['cache-control']).toBe(CURRENT);
      expect(plain.headers.etag).toMatch(/^W\/"[\w-]{27}"$/);
      expect(varyOf(plain)).toEqual(['accept-encoding']);
      for (const theme of ['dark', 'light', 'system']) {
        const themed = await get(path, { cookie: `theme=${theme}` });
        expect(themed.body.toString('utf8'), theme).toBe(plain.body.toString('utf8'));
        expect(cacheHeaders(themed), theme).toEqual(cacheHeaders(plain));
      }
      const notModified = await get(path, { 'if-none-match': String(plain.headers.etag), cookie: 'theme=dark' });
      expect(notModified.status).toBe(304);
      expect(cacheHeaders(notModified)).toEqual(cacheHeaders(plain));
    },
  );

  it('says the bare home page varies by cookie (the language chosen leads it to /zh-hant/), and never stores that redirect', async () => {
    const home = await get('/');
    expect(home.status).toBe(200);
    expect(home.headers['cache-control']).toBe(CURRENT);
    expect(varyOf(home)).toContain('cookie');
    const led = await get('/', { cookie: 'lang=zh-hant' });
    expect(led.status).toBe(307);
    expect(led.headers['cache-control']).toBe('no-store');
    expect(varyOf(led)).toContain('cookie');
  });

  it('serves the theme as a stylesheet of its own, private to the reader and revalidated by ETag', async () => {
    const dark = await get('/theme.css', { cookie: 'theme=dark' });
    const system = await get('/theme.css');
    expect(dark.status).toBe(200);
    expect(dark.headers['content-type']).toMatch(/^text\/css/);
    expect(dark.headers['cache-control']).toBe('private, no-cache');
    expect(varyOf(dark)).toContain('cookie');
    expect(dark.body.toString('utf8')).toContain('color-scheme: dark');
    expect(system.body.toString('utf8')).toContain('@media (prefers-color-scheme: dark)');
    expect(dark.headers.etag).not.toBe(system.headers.etag);
    const again = await get('/theme.css', { cookie: 'theme=dark', 'if-none-match': String(dark.headers.etag) });
    expect(again.status).toBe(304);
    expect((await get('/theme.css', { cookie: 'theme=light', 'if-none-match': String(dark.headers.etag) })).status).toBe(200);
    expect((await get('/companies')).body.toString('utf8')).toContain('href="/theme.css"');
  });

  it('lets a download of the current data be kept and revalidated by ETag', async () => {
    const csv = await get('/downloads/figures.csv');
    expect(csv.status).toBe(200);
    expect(csv.headers['cache-control']).toBe(CURRENT);
    expect(csv.headers.etag).toMatch(/^W\//);
    const again = await get('/downloads/figures.csv', { 'if-none-match': String(csv.headers.etag) });
    expect(again.status).toBe(304);
    expect(again.body.length).toBe(0);
    expect(cacheHeaders(again)).toEqual(cacheHeaders(csv));
  });

  it.each(['/no-such-page', '/companies/no-such-company', '/downloads/nope.csv', '/preferences?theme=purple', '/preferences?theme=dark&to=/'])(
    'never lets a cache store %s (an error, or an answer that sets a cookie)',
    async (path) => {
      const res = await get(path);
      expect(res.status === 303 || res.status >= 400, String(res.status)).toBe(true);
      expect(res.headers['cache-control']).toBe('no-store');
      expect(res.headers.etag).toBeUndefined();
    },
  );
});
