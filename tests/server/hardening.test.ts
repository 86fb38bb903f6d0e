/**
 * Hostile and unlucky requests against `npm start`'s process: none may take it down, answer 5xx,
 * lead a browser off the site, or leave out the security headers.
 */
import { readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { request } from 'node:http';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { repoRoot, startLauncher, type RunningLauncher } from './support/launcher.ts';
import { rawExchange, rawGet } from './support/raw-http.ts';

const favicon = readFileSync(join(repoRoot, 'apps/dashboard/static/favicon.svg'));

describe('the served process and hostile requests', () => {
  let app: RunningLauncher;
  beforeAll(async () => {
    app = await startLauncher();
  });
  afterAll(async () => {
    await app?.stop();
  });

  async function stillServing() {
    expect((await rawGet(`${app.dashboardUrl}/`)).status).toBe(200);
    expect((await rawGet(`${app.apiUrl}/v1/sources`)).status).toBe(200);
  }

  describe('byte ranges on static files', () => {
    it('answers 416 to a range that ends before it starts, and keeps serving', async () => {
      const res = await rawGet(`${app.dashboardUrl}/favicon.svg`, { Range: 'bytes=5-2' });
      expect(res.status).toBe(416);
      await stillServing();
    });

    it('reads an end past 2^53 as "to the end of the file" (RFC 9110), and keeps serving', async () => {
      const res = await rawGet(`${app.dashboardUrl}/favicon.svg`, { Range: 'bytes=0-18446744073709551615' });
      expect(res.status).toBe(206);
      expect(res.body.equals(favicon)).toBe(true);
      await stillServing();
    });

    it('answers 416 to a start past the end of the file, saying how long the file is', async () => {
      const res = await rawGet(`${app.dashboardUrl}/favicon.svg`, { Range: 'bytes=99999999999999999999-' });
      expect(res.status).toBe(416);
      expect(res.headers['content-range']).toBe(`bytes */${favicon.length}`);
      await stillServing();
    });

    it('serves a plain range as asked', async () => {
      const res = await rawGet(`${app.dashboardUrl}/favicon.svg`, { Range: 'bytes=2-9' });
      expect(res.status).toBe(206);
      expect(res.body.equals(favicon.subarray(2, 10))).toBe(true);
      expect(res.headers['content-range']).toBe(`bytes 2-9/${favicon.length}`);
    });

    it.each(['bytes=-5', 'bytes=0-1,4-6', 'lines=1-2', 'bytes=x-y', 'bytes=0-0'])('sends the whole file for a range it may ignore: %s', async (range) => {
      const res = await rawGet(`${app.dashboardUrl}/favicon.svg`, { Range: range });
      expect(res.status).toBe(200);
      expect(res.body.equals(favicon)).toBe(true);
    });
  });

  describe('content codings of static files', () => {
    it.each([
      ['gzip;q=0, br;q=0', undefined],
      ['xbrx', undefined],
      ['gzip;q=0, deflate', undefined],
      ['deflate', undefined],
      ['br;q=0.5, gzip', 'br'],
      ['gzip', 'gzip'],
    ])('Accept-Encoding %s gets %s', async (accept, coding) => {
      const res = await rawGet(`${app.dashboardUrl}/favicon.svg`, { 'Accept-Encoding': accept });
      expect(res.status).toBe(200);
      expect(res.headers['content-encoding']).toBe(coding);
    });

    it('never compresses a range: its bytes are the file\'s', async () => {
      // A script large enough for on-the-fly compression to take it, were it applied.
      const dir = join(repoRoot, 'apps/dashboard/build/client/_app/immutable/chunks');
      const name = readdirSync(dir)
        .filter((f) => f.endsWith('.js'))
        .sort((a, b) => statSync(join(dir, b)).size - statSync(join(dir, a)).size)[0]!;
      const file = readFileSync(join(dir, name));
      const res = await rawGet(`${app.dashboardUrl}/_app/immutable/chunks/${name}`, { 'Accept-Encoding': 'deflate', Range: 'bytes=0-2999' });
      expect(res.status).toBe(206);
      expect(res.headers['content-encoding']).toBeUndefined();
      expect(res.body.equals(file.subarray(0, 3000))).toBe(true);
    });
  });

  describe('the preference switch returns only to this site', () => {
    it.each([
      ['/%09/evil.example', '/'],
      ['/%0A/evil.example', '/'],
      ['//evil.example', '/'],
      ['/%5Cevil.example', '/'],
      ['https://evil.example/', '/'],
      ['/%0D%0ASet-Cookie:%20x=1', '/Set-Cookie:%20x=1'],
      ['/x%00y', '/x%00y'],
      ['/%E4%B8%AD%E6%96%87', '/%E4%B8%AD%E6%96%87'],
      ['/companies%3Ftype%3Dcompany%23list', '/companies?type=company#list'],
      // Dot segments resolved away must not leave two slashes in front.
      ['%2F.%2F%2Fevil.example', '/'],
      ['/..//evil.example', '/'],
      ['/%2e//evil.example', '/'],
      ['/a/..//evil.example', '/'],
      ['/%2e%2e/%5Cevil.example', '/'],
    ])('to=%s goes to %s', async (to, expected) => {
      const res = await rawGet(`${app.dashboardUrl}/preferences?theme=dark&to=${to}`);
      expect(res.status).toBe(303);
      const location = String(res.headers.location);
      expect(new URL(location, app.dashboardUrl).origin).toBe(new URL(app.dashboardUrl).origin);
      // Encoded by the URL parser where the raw text had control or non-Latin-1 characters.
      expect(decodeURIComponent(location)).toBe(decodeURIComponent(expected));
    });
  });

  it.each(['//evil.example%2F..%2Fdata', '//a:99999/companies', '//@', '//%5B', '/\\evil.example', '//\\evil.example/x'])(
    'answers the path %s without a 5xx, and never leads off the site',
    async (path) => {
      const res = await rawGet(`${app.dashboardUrl}${path}`);
      expect(res.status).toBeLessThan(500);
      if (res.headers.location) {
        expect(new URL(String(res.headers.location), app.dashboardUrl).origin).toBe(new URL(app.dashboardUrl).origin);
      }
    },
  );

  // The database refuses a NUL in any text parameter; a page that looks such a value up says so.
  it.each(['/network?entity=%00', '/sources?claim=figures/%00', '/zh-hant/timeline?entity=%00'])(
    'answers %s with a 400 saying what is wrong, not a 500',
    async (path) => {
      const res = await rawGet(`${app.dashboardUrl}${path}`);
      expect(res.status).toBe(400);
      expect(res.headers['cache-control']).toBe('no-store');
      expect(res.body.toString('utf8')).toContain('NUL character');
    },
  );

  it.each(['//evil.example/data', '//evil.example/companies/zhipu-ai'])('never cites the host in a path such as %s', async (path) => {
    const res = await rawGet(`${app.dashboardUrl}${path}`);
    expect(res.body.toString('utf8')).not.toContain('evil.example/');
    if (res.headers.location) expect(String(res.headers.location)).toMatch(/^\/[^/\\]/);
  });

  it('builds its citation links on its own address, never on the Host header a client sends', async () => {
    const res = await rawGet(`${app.dashboardUrl}/`, { Host: 'evil.example' });
    expect(res.status).toBe(200);
    const html = res.body.toString('utf8');
    expect(html).not.toContain('evil.example');
    expect(html).toContain(app.dashboardUrl);
  });

  describe('security headers', () => {
    const expectSecure = (headers: Record<string, unknown>) => {
      expect(headers['x-content-type-options']).toBe('nosniff');
    };
    it('on the API, its errors included', async () => {
      expectSecure((await rawGet(`${app.apiUrl}/v1/sources`)).headers);
      expectSecure((await rawGet(`${app.apiUrl}/v1/nowhere`)).headers);
    });
    it.each(['/', '/zh-hant/companies', '/favicon.svg', '/data/', '/downloads/nothing.csv', '/downloads/figures.csv'])('on the dashboard: %s', async (path) => {
      const res = await rawGet(`${app.dashboardUrl}${path}`);
      expectSecure(res.headers);
      expect(String(res.headers['content-security-policy'])).toContain("frame-ancestors 'none'");
      expect(res.headers['referrer-policy']).toBeTruthy();
    });
  });

  it('answers an unknown download with the site\'s own 404 page, in both languages', async () => {
    const res = await rawGet(`${app.dashboardUrl}/downloads/nothing.csv`);
    expect(res.status).toBe(404);
    const html = res.body.toString('utf8');
    expect(html).toContain('China AI Watch');
    expect(html).toContain('中國AI觀察');
    expect(html).toContain('href="/data"');
  });

  it('If-None-Match: * does not turn a 404 or a 400 into a 304', async () => {
    expect((await rawGet(`${app.apiUrl}/v1/entities/no-such-entity`, { 'If-None-Match': '*' })).status).toBe(404);
    expect((await rawGet(`${app.apiUrl}/v1/sources?limit=0`, { 'If-None-Match': '*' })).status).toBe(400);
    expect((await rawGet(`${app.apiUrl}/v1/sources`, { 'If-None-Match': '*' })).status).toBe(304);
    // A streamed body that a 304 replaces is stopped cleanly: it once ended the process.
    for (const path of ['/v1/datasets.zip', '/v1/datasets/relations.csv', '/v1/relations?format=csv']) {
      expect((await rawGet(`${app.apiUrl}${path}`, { 'If-None-Match': '*' })).status, path).toBe(304);
    }
    await new Promise((r) => setTimeout(r, 300));
    await stillServing();
  });

  it('keeps a client\'s X-Request-Id only when it looks like an id', async () => {
    expect((await rawGet(`${app.apiUrl}/v1/sources`, { 'X-Request-Id': 'trace-42' })).headers['x-request-id']).toBe('trace-42');
    const long = 'a'.repeat(200);
    const replaced = (await rawGet(`${app.apiUrl}/v1/sources`, { 'X-Request-Id': long })).headers['x-request-id'];
    expect(replaced).not.toBe(long);
    expect(String(replaced)).toMatch(/^[\w-]{1,64}$/);
  });

  it.each(['/v1/datasets.zip', '/v1/datasets/relations.csv', '/v1/relations?format=csv', '/downloads/relations.csv'])(
    'survives clients that leave part-way through %s',
    async (path) => {
      const base = path.startsWith('/v1/') ? app.apiUrl : app.dashboardUrl;
      // 50 at once, each gone after 0–49 ms: some before the answer starts, some in the middle of it.
      await Promise.all(
        Array.from(
          { length: 50 },
          (_, i) =>
            new Promise<void>((resolve) => {
              const req = request(`${base}${path}`, { agent: false }, (res) => res.resume());
              req.on('close', () => resolve());
              req.on('error', () => {});
              setTimeout(() => req.destroy(), (i * 7) % 50);
              req.end();
            }),
        ),
      );
      await new Promise((r) => setTimeout(r, 300));
      await stillServing();
    },
  );

  // Last: it removes a file from the copy this process serves.
  describe('requests node cannot parse', () => {
    const servers = () => [['API', app.apiUrl], ['dashboard', app.dashboardUrl]] as const;

    it('answers an unencoded non-ASCII URL with a problem saying to percent-encode it', async () => {
      for (const [name, url] of servers()) {
        for (const target of ['/v1/figures?q=智谱', '/companies?q=智譜', '/é']) {
          const res = await rawExchange(url, `GET ${target} HTTP/1.1\r\nHost: x\r\n\r\n`);
          expect(res.status, `${name} ${target}`).toBe(400);
          expect(res.headers['content-type'], name).toBe('application/problem+json; charset=utf-8');
          expect(res.headers['connection'], name).toBe('close');
          const problem = JSON.parse(res.body) as { status: number; detail: string };
          expect(problem.status).toBe(400);
          expect(problem.detail).toMatch(/percent-encode/i);
          expect(problem.detail).toContain('%E6%99%BA%E8%B0%B1');
        }
      }
      await stillServing();
    });

    it('keeps node’s other answers: 431 for headers too large, 400 for what is not HTTP', async () => {
      for (const [name, url] of servers()) {
        const big = await rawExchange(url, `GET /v1 HTTP/1.1\r\nHost: x\r\nX-Big: ${'a'.repeat(20_000)}\r\n\r\n`);
        expect(big.status, name).toBe(431);
        expect((JSON.parse(big.body) as { detail: string }).detail).toMatch(/header/i);
        const garbage = await rawExchange(url, 'NOT HTTP AT ALL\r\n\r\n');
        expect(garbage.status, name).toBe(400);
        expect((JSON.parse(garbage.body) as { detail: string }).detail).not.toMatch(/percent-encode/i);
      }
      await stillServing();
    });
  });

  it('answers 404, not a crash, for a static file removed after start-up', async () => {
    const served = join(repoRoot, 'apps/dashboard/.served', `run-${app.child.pid}`, 'client');
    for (const name of ['favicon.svg', 'favicon.svg.br', 'favicon.svg.gz']) rmSync(join(served, name), { force: true });
    expect((await rawGet(`${app.dashboardUrl}/favicon.svg`, { 'Accept-Encoding': 'br, gzip' })).status).toBe(404);
    expect((await rawGet(`${app.dashboardUrl}/favicon.svg`)).status).toBe(404);
    await stillServing();
  });
});

describe('configuration', () => {
  let app: RunningLauncher;
  beforeAll(async () => {
    app = await startLauncher({ PUBLIC_URL: 'https://aiwatch.example.org', HOST: '127.0.0.1', API_HOST: '127.0.0.2' });
  });
  afterAll(async () => {
    await app?.stop();
  });

  it('listens for the API on API_HOST', async () => {
    expect(new URL(app.apiUrl).hostname).toBe('127.0.0.2');
    expect((await rawGet(`${app.apiUrl}/v1/sources`)).status).toBe(200);
  });

  it('cites pages at PUBLIC_URL', async () => {
    const html = (await rawGet(`${app.dashboardUrl}/`)).body.toString('utf8');
    expect(html).toContain('https://aiwatch.example.org/');
    expect(html).not.toContain(app.dashboardUrl);
  });

  it('marks the preference cookies Secure when readers come over HTTPS', async () => {
    const res = await rawGet(`${app.dashboardUrl}/preferences?theme=dark&to=/`);
    const cookies = [res.headers['set-cookie'] ?? []].flat();
    expect(cookies.length).toBeGreaterThan(0);
    for (const cookie of cookies) expect(cookie).toMatch(/;\s*Secure/i);
  });
});
