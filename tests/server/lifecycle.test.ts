/** Starting and stopping `npm start`'s process: clear failures, and a shutdown that drains, within a deadline. */
import { randomBytes } from 'node:crypto';
import { request } from 'node:http';
import { createServer, type Server } from 'node:net';
import type { AddressInfo } from 'node:net';
import postgres from 'postgres';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readDbEnv } from '@aiwatch/db';
import { addBulkSources } from './support/bulk-sources.ts';
import { spawnLauncher, startLauncher, type RunningLauncher } from './support/launcher.ts';
import { rawGet, rawSocket } from './support/raw-http.ts';

type Outcome =
  | { kind: 'answered'; url: string; status: number; body: Buffer }
  | { kind: 'cut'; url: string; status: number; bytes: number; error: string }
  | { kind: 'refused'; url: string; error: string };

/** A GET that tells an answer cut part-way from a connection refused before any answer began. */
function trackedGet(url: string): Promise<Outcome> {
  return new Promise((resolve) => {
    const req = request(url, { agent: false }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => resolve({ kind: 'answered', url, status: res.statusCode ?? 0, body: Buffer.concat(chunks) }));
      res.on('error', (e) =>
        resolve({ kind: 'cut', url, status: res.statusCode ?? 0, bytes: Buffer.concat(chunks).length, error: String(e) }),
      );
    });
    req.on('error', (e) => resolve({ kind: 'refused', url, error: String(e) }));
    req.end();
  });
}

function occupyPort(): Promise<Server> {
  return new Promise((resolve) => {
    const server = createServer();
    server.listen(0, '127.0.0.1', () => resolve(server));
  });
}

describe('start-up fails with one clear line and a non-zero exit', () => {
  let busy: Server;
  let port: string;
  beforeAll(async () => {
    busy = await occupyPort();
    port = String((busy.address() as AddressInfo).port);
  });
  afterAll(() => new Promise<void>((done) => busy.close(() => done())));

  it.each([
    ['PORT', { PORT: 'busy' }],
    ['API_PORT', { API_PORT: 'busy' }],
  ])('when %s is taken', async (setting, env) => {
    const proc = spawnLauncher(Object.fromEntries(Object.entries(env).map(([k]) => [k, port])));
    expect(await proc.exited).toBe(1);
    const { stderr } = proc.output();
    const lines = stderr.trim().split('\n');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(new RegExp(`^start: port ${port} on 127\\.0\\.0\\.1 is already in use.*set ${setting}`));
  });

  it.each([
    ['HOST', { HOST: '256.1.1.1' }],
    ['API_HOST', { API_HOST: '256.1.1.1' }],
  ])('when %s is no address of this machine', async (setting, env) => {
    const proc = spawnLauncher(env);
    expect(await proc.exited).toBe(1);
    expect(proc.output().stderr.trim()).toMatch(new RegExp(`^start: 256\\.1\\.1\\.1 is not an address of this machine: set ${setting} `));
  });

  it('when an address setting is not a URL', async () => {
    const proc = spawnLauncher({ PUBLIC_URL: 'not a url' });
    expect(await proc.exited).toBe(1);
    expect(proc.output().stderr.trim()).toMatch(/^start: invalid environment: PUBLIC_URL/);
  });
});

describe('shutdown', () => {
  it('finishes the dashboard and API requests in flight, then exits 0', async () => {
    const app = await startLauncher();
    const paths = [
      ...['/network', '/zh-hant/timeline', '/companies', '/zh-hant/sources', '/policy', '/data'].map((p) => `${app.dashboardUrl}${p}`),
      `${app.dashboardUrl}/downloads/relations.csv`,
      `${app.apiUrl}/v1/datasets.zip`,
      `${app.apiUrl}/v1/relations?format=csv`,
    ];
    const inFlight = paths.flatMap((url) => [trackedGet(url), trackedGet(url)]);
    // Once the first answer is back the others are being served: stop now. A moment more lets a
    // server busy rendering read the requests whose connections it has accepted (else, on a slow
    // machine, half of them could still be unread at SIGTERM and closed as idle).
    await Promise.race(inFlight);
    await new Promise((r) => setTimeout(r, 100));
    const exited = app.stop('SIGTERM');
    const outcomes = await Promise.all(inFlight);
    // A connection still waiting in the listen queue when the server stops is refused before any
    // byte (a client retries it elsewhere); an answer once begun is never cut.
    expect(outcomes.filter((o) => o.kind === 'cut')).toEqual([]);
    const answered = outcomes.filter((o) => o.kind === 'answered');
    expect(answered.length).toBeGreaterThan(outcomes.length / 2);
    for (const a of answered) {
      expect(a.status, a.url).toBe(200);
      if (a.url.endsWith('.zip')) expect(a.body.subarray(-22, -18).toString('hex'), 'ZIP end record').toBe('504b0506');
      else if (/csv/.test(a.url)) expect(a.body.toString('utf8')).toMatch(/\n$/);
      else expect(a.body.toString('utf8').trimEnd()).toMatch(/<\/html>$/);
    }
    expect(await exited).toBe(0);
  });

  it('stops within SHUTDOWN_TIMEOUT_MS with a queue of pages waiting to be rendered', async () => {
    const app = await startLauncher({ SHUTDOWN_TIMEOUT_MS: '1500' });
    // 300 pages no cache holds (each URL new): far more rendering than the deadline allows.
    const queued = Array.from({ length: 300 }, (_, i) => trackedGet(`${app.dashboardUrl}/companies/zhipu-ai?v=${i}`));
    await Promise.race(queued);
    const started = Date.now();
    expect(await app.stop('SIGTERM')).toBe(0);
    const took = Date.now() - started;
    const outcomes = await Promise.all(queued);
    expect(took, `stopped after ${took} ms`).toBeLessThan(1500 + 2500);
    // Every page is answered: rendered, or refused with 503 (try again) — none cut part-way.
    expect(outcomes.filter((o) => o.kind === 'cut')).toEqual([]);
    for (const o of outcomes) if (o.kind === 'answered') expect([200, 503]).toContain(o.status);
  });

  it('cuts a client that will not read its answer once SHUTDOWN_TIMEOUT_MS has passed', async () => {
    const app = await startLauncher({ SHUTDOWN_TIMEOUT_MS: '1500' });
    const { host } = new URL(app.apiUrl);
    // Many large answers on one connection, never read: the server cannot finish writing them.
    const requests = `GET /v1/openapi.json HTTP/1.1\r\nHost: ${host}\r\nAccept-Encoding: identity\r\n\r\n`.repeat(2000);
    const socket = await rawSocket(app.apiUrl, requests);
    socket.pause();
    await new Promise((r) => setTimeout(r, 1000));
    const started = Date.now();
    expect(await app.stop('SIGTERM')).toBe(0);
    const took = Date.now() - started;
    socket.destroy();
    expect(took).toBeGreaterThanOrEqual(1400);
    expect(took).toBeLessThan(10_000);
  });
});

const serverUrl = readDbEnv().TEST_DATABASE_URL;

/** Downloads `url`, reading one chunk, then calling `meanwhile` before reading the rest. */
function downloadAround(url: string, meanwhile: () => void): Promise<Outcome> {
  return new Promise((resolve) => {
    const req = request(url, { agent: false, headers: { 'Accept-Encoding': 'identity' } }, (res) => {
      const chunks: Buffer[] = [];
      res.once('data', (c: Buffer) => {
        chunks.push(c);
        res.pause();
        meanwhile();
        setTimeout(() => {
          res.on('data', (more: Buffer) => chunks.push(more));
          res.resume();
        }, 500);
      });
      res.on('end', () => resolve({ kind: 'answered', url, status: res.statusCode ?? 0, body: Buffer.concat(chunks) }));
      res.on('error', (e) =>
        resolve({ kind: 'cut', url, status: res.statusCode ?? 0, bytes: Buffer.concat(chunks).length, error: String(e) }),
      );
    });
    req.on('error', (e) => resolve({ kind: 'refused', url, error: String(e) }));
    req.end();
  });
}

describe.skipIf(!serverUrl)('shutdown during a long download (skipped without TEST_DATABASE_URL: it needs tables large enough to stream)', () => {
  const name = `aiwatch_drain_${process.pid}_${randomBytes(4).toString('hex')}`;
  const admin = serverUrl ? postgres(serverUrl, { max: 1, onnotice: () => {} }) : null;
  const url = serverUrl ? Object.assign(new URL(serverUrl), { pathname: `/${name}` }).toString() : '';
  beforeAll(() => admin?.unsafe(`CREATE DATABASE ${name}`));
  afterAll(async () => {
    await admin?.unsafe(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    await admin?.end();
  });

  it.each([
    ['the dashboard', (app: RunningLauncher) => `${app.dashboardUrl}/downloads/sources.csv`],
    ['the API', (app: RunningLauncher) => `${app.apiUrl}/v1/datasets/sources.csv`],
  ])('finishes a CSV download from %s begun before SIGTERM', async (_, urlOf) => {
    const app = await startLauncher({ DATABASE_URL: url });
    await addBulkSources(url);
    const whole = await rawGet(urlOf(app), { 'Accept-Encoding': 'identity' });
    expect(whole.body.length).toBeGreaterThan(20_000_000);
    let exited: Promise<number | string> | undefined;
    const outcome = await downloadAround(urlOf(app), () => (exited = app.stop('SIGTERM')));
    expect(outcome.kind, JSON.stringify({ ...outcome, body: undefined })).toBe('answered');
    if (outcome.kind === 'answered') expect(outcome.body.equals(whole.body)).toBe(true);
    expect(await exited).toBe(0);
  });
});
