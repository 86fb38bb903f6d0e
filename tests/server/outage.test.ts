/**
 * `npm start`'s process over PostgreSQL through a TCP proxy: cutting the proxy is a database
 * outage. Every surface (API JSON and CSV, dashboard pages and downloads) must answer 503 with
 * Retry-After within 2 s however many requests arrive at once, and heal without a restart.
 * Below, the same bound for a server that accepts connections and never answers.
 */
import { randomBytes } from 'node:crypto';
import { createServer, type Socket } from 'node:net';
import postgres from 'postgres';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDb, datasetVersion, isDatabaseUnavailable, readDbEnv } from '@aiwatch/db';
import { startTcpProxy, type TcpProxy } from '../api/support/tcp-proxy.ts';
import { addBulkSources } from './support/bulk-sources.ts';
import { startLauncher, type RunningLauncher } from './support/launcher.ts';

const serverUrl = readDbEnv().TEST_DATABASE_URL;

/** What the task promises: an outage is answered within this. */
const FAIL_FAST_MS = 2_000;
/** How long the API and the dashboard reuse the dataset version (and the answers cached under it). */
const VERSION_CACHE_MS = 2_000;
/** A request still unanswered after this is recorded as hung rather than failing the run by timeout. */
const GIVE_UP_MS = 15_000;

type Surface = 'api' | 'api-csv' | 'page' | 'download';

/** ~20 requests across the surfaces, fired together. */
const outageRequests: { surface: Surface; path: string }[] = [
  { surface: 'api', path: '/v1/figures?limit=7' },
  { surface: 'api', path: '/v1/entities?limit=7' },
  { surface: 'api', path: '/v1/entities/zhipu-ai' },
  { surface: 'api', path: '/v1/compare?entities=zhipu-ai,moonshot-ai' },
  { surface: 'api', path: '/readyz' },
  { surface: 'api-csv', path: '/v1/figures?format=csv' },
  { surface: 'api-csv', path: '/v1/entities?format=csv&limit=7' },
  { surface: 'api-csv', path: '/v1/datasets/figures.csv' },
  { surface: 'api-csv', path: '/v1/datasets/sources.csv' },
  { surface: 'page', path: '/' },
  { surface: 'page', path: '/companies' },
  { surface: 'page', path: '/zh-hant' },
  { surface: 'page', path: '/zh-hant/companies' },
  { surface: 'page', path: '/companies/zhipu-ai' },
  { surface: 'page', path: '/timeline' },
  { surface: 'page', path: '/zh-hant/timeline' },
  { surface: 'page', path: '/policy' },
  { surface: 'download', path: '/downloads/figures.csv' },
  { surface: 'download', path: '/downloads/entities.csv' },
  { surface: 'download', path: '/downloads/figures.csv?bom=1' },
];

interface Outcome {
  path: string;
  status: number | 'hung' | 'cut';
  retryAfter: string | null;
  type: string | null;
  ms: number;
  body: string;
}

describe.skipIf(!serverUrl)('npm start during a database outage (skipped without TEST_DATABASE_URL: it needs a real server to cut off)', () => {
  const name = `aiwatch_outage_${process.pid}_${randomBytes(4).toString('hex')}`;
  let admin: postgres.Sql;
  let directUrl: URL;
  let proxy: TcpProxy;
  let app: RunningLauncher;

  const urlOf = (surface: Surface, path: string) =>
    `${surface === 'api' || surface === 'api-csv' ? app.apiUrl : app.dashboardUrl}${path}`;

  async function request(surface: Surface, path: string): Promise<Outcome> {
    const started = performance.now();
    try {
      const res = await fetch(urlOf(surface, path), { signal: AbortSignal.timeout(GIVE_UP_MS), redirect: 'manual' });
      const body = await res.text();
      return {
        path,
        status: res.status,
        retryAfter: res.headers.get('retry-after'),
        type: res.headers.get('content-type'),
        ms: Math.round(performance.now() - started),
        body,
      };
    } catch (e) {
      const hung = e instanceof Error && e.name === 'TimeoutError';
      return { path, status: hung ? 'hung' : 'cut', retryAfter: null, type: null, ms: Math.round(performance.now() - started), body: String(e) };
    }
  }

  /** Resolves once the process reaches the database again (the fail-fast pause after a failure is over). */
  async function databaseBack() {
    for (const deadline = Date.now() + 10_000; Date.now() < deadline; await new Promise((r) => setTimeout(r, 200))) {
      if ((await request('api', '/readyz')).status === 200) return;
    }
    throw new Error('the database did not come back within 10 s');
  }

  const burst = () => Promise.all(outageRequests.map(({ surface, path }) => request(surface, path)));

  /** Every request answered 503 with Retry-After, promptly, in the form its surface promises. */
  function expectFastUnavailable(outcomes: Outcome[]) {
    const summary = outcomes.map(({ path, status, retryAfter, ms }) => ({ path, status, retryAfter, ms }));
    const wrong = summary.filter((o) => o.status !== 503 || !/^[1-9]\d*$/.test(o.retryAfter ?? '') || o.ms >= FAIL_FAST_MS);
    expect(wrong, JSON.stringify(summary, null, 1)).toEqual([]);
    for (const [i, o] of outcomes.entries()) {
      const { surface } = outageRequests[i]!;
      if (surface === 'api' || surface === 'api-csv') {
        expect(o.type, o.path).toMatch(/^application\/problem\+json/);
        expect(JSON.parse(o.body), o.path).toMatchObject({ status: 503, type: '/docs#problem-unavailable' });
      } else if (surface === 'page') {
        // The dashboard's own friendly page, in the reader's language, with a retry link.
        expect(o.type, o.path).toMatch(/^text\/html/);
        expect(o.body, o.path).toContain('role="alert"');
        expect(o.body, o.path).toContain(o.path.startsWith('/zh-hant') ? '暫時無法連線到資料庫' : 'The database cannot be reached just now');
        expect(o.body, o.path).toMatch(/發生錯誤（503）|Something went wrong \(503\)/);
      } else {
        expect(o.type, o.path).toMatch(/^text\/plain/);
        expect(o.body, o.path).toMatch(/database/i);
      }
    }
  }

  beforeAll(async () => {
    admin = postgres(serverUrl!, { max: 1, onnotice: () => {} });
    await admin.unsafe(`CREATE DATABASE ${name}`);
    directUrl = new URL(serverUrl!);
    directUrl.pathname = `/${name}`;
    proxy = await startTcpProxy({ host: directUrl.hostname, port: Number(directUrl.port || 5432) });
    const viaProxy = new URL(directUrl);
    viaProxy.hostname = '127.0.0.1';
    viaProxy.port = String(proxy.port);
    // Started while the database is reachable: the launcher migrates and seeds before serving.
    app = await startLauncher({ DATABASE_URL: viaProxy.toString(), LOG_LEVEL: 'warn' });
  });

  afterAll(async () => {
    await proxy?.start();
    await app?.stop();
    await proxy?.close();
    await admin?.unsafe(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    await admin?.end();
  });

  it('serves every surface through the proxy while the database is reachable', async () => {
    // Loads each dashboard route once (its code is imported on first use) and the API's version.
    for (const { surface, path } of outageRequests.filter((r) => r.surface === 'page' || r.surface === 'download')) {
      const res = await request(surface, path);
      expect(res.status, `${path}: ${res.body.slice(0, 500)}`).toBe(200);
    }
    for (const path of ['/readyz', '/v1/sources?limit=1']) expect((await request('api', path)).status, path).toBe(200);
  });

  it('answers 503 with Retry-After within 2 s on every surface, request after request, while the database is gone', async () => {
    await proxy.stop();
    // Both apps answer repeat requests from caches keyed by the dataset version, which they keep
    // for 2 s: past that, every answer needs the database.
    await new Promise((r) => setTimeout(r, VERSION_CACHE_MS + 500));
    expectFastUnavailable(await burst());
    // Again once the first failures have piled up: retries must not queue behind a growing back-off.
    await new Promise((r) => setTimeout(r, 1_200));
    expectFastUnavailable(await burst());
    expectFastUnavailable(await burst());
    // The process itself stays up.
    expect((await request('api', '/healthz')).status).toBe(200);
  });

  it('heals by itself once the database is back: 200 again without a restart', async () => {
    await proxy.start();
    const deadline = Date.now() + 10_000;
    for (const { surface, path } of outageRequests) {
      let last: Outcome;
      do {
        last = await request(surface, path);
        if (last.status === 200) break;
        await new Promise((r) => setTimeout(r, 200));
      } while (Date.now() < deadline);
      expect(last.status, `${path}: ${last.body.slice(0, 300)}`).toBe(200);
    }
    // Once healed, everything at once answers too.
    const all = await burst();
    expect(all.map((o) => [o.path, o.status]).filter(([, s]) => s !== 200)).toEqual([]);
  });

  it('ends a CSV download the outage cuts mid-stream as a truncated transfer, and logs it', async () => {
    // 2,100 extra sources of ~10 KB each: the export reads 2,000 rows a query, so the download needs
    // a second query, which cannot start before the client has read most of the first ~20 MB.
    await addBulkSources(directUrl.toString());

    for (const [surface, path] of [
      ['download', '/downloads/sources.csv'],
      ['api-csv', '/v1/datasets/sources.csv'],
    ] as const) {
      const res = await fetch(urlOf(surface, path), { headers: { 'Accept-Encoding': 'identity' }, signal: AbortSignal.timeout(60_000) });
      expect(res.status, path).toBe(200);
      const reader = res.body!.getReader();
      const first = await reader.read();
      let bytes = first.value?.length ?? 0;
      await proxy.stop();
      const started = performance.now();
      let text = '';
      const decoder = new TextDecoder();
      const outcome = await (async () => {
        try {
          for (;;) {
            const { done, value } = await reader.read();
            if (done) return 'complete';
            bytes += value.length;
            text = (text + decoder.decode(value, { stream: true })).slice(-2_000);
          }
        } catch {
          return 'truncated';
        }
      })();
      const ms = performance.now() - started;
      await proxy.start();
      await databaseBack();
      expect(outcome, `${path}: ${bytes} bytes, ending ${JSON.stringify(text.slice(-200))}`).toBe('truncated');
      expect(ms, path).toBeLessThan(5_000);
      expect(bytes, path).toBeLessThan(2_100 * 10_000);
    }

    // Each failure is one structured log line naming the download, not a raw stack on stderr.
    const { stdout, stderr } = app.output();
    expect(stderr, stderr).not.toMatch(/CONNECTION_|ECONNREFUSED|DATABASE_UNREACHABLE|Failed query/);
    const logged = stdout
      .split('\n')
      .flatMap((line) => {
        try {
          return [JSON.parse(line) as Record<string, unknown>];
        } catch {
          return [];
        }
      })
      .filter((l) => l.level === 'error' && /mid-stream/.test(String(l.msg)));
    expect(logged.map((l) => l.path)).toEqual(expect.arrayContaining(['/downloads/sources.csv', '/v1/datasets/sources.csv']));
  });
});

describe('the PostgreSQL client when the server does not answer at all', () => {
  // A server that accepts connections and never says a word (a hung or black-holed database):
  // only the client's own bounds end the wait. Needs no PostgreSQL.
  const sockets = new Set<Socket>();
  const silent = createServer((socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });

  beforeAll(() => new Promise<void>((resolve) => silent.listen(0, '127.0.0.1', resolve)));
  afterAll(() => {
    for (const socket of sockets) socket.destroy();
    return new Promise<void>((resolve) => silent.close(() => resolve()));
  });

  it('fails every query within 2 s however many wait, time after time', async () => {
    const { port } = silent.address() as { port: number };
    const handle = await createDb({ databaseUrl: `postgres://postgres@127.0.0.1:${port}/none` });
    try {
      for (const round of [1, 2, 3]) {
        const started = performance.now();
        // Four times the pool: most queries queue behind connections that are still trying.
        const outcomes = await Promise.all(
          Array.from({ length: 40 }, () =>
            datasetVersion(handle.db).then(
              () => 'answered',
              (e: unknown) => (isDatabaseUnavailable(e) ? 'unavailable' : String(e)),
            ),
          ),
        );
        const ms = performance.now() - started;
        expect(new Set(outcomes), `round ${round}`).toEqual(new Set(['unavailable']));
        expect(ms, `round ${round}`).toBeLessThan(FAIL_FAST_MS);
        await new Promise((r) => setTimeout(r, 1_100)); // past the fail-fast pause: the next round tries again
      }
    } finally {
      await handle.close();
    }
  });
});
