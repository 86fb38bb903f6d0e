import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { Hono } from 'hono';
import { describe, expect, it } from 'vitest';
import { compress } from './compress.ts';

const big = JSON.stringify({ items: Array.from({ length: 200 }, (_, i) => ({ id: `record-${i}`, note: 'the same words again' })) });

function app() {
  const a = new Hono();
  a.use('*', compress());
  a.get('/json', (c) => c.body(big, 200, { 'Content-Type': 'application/json' }));
  a.get('/csv', (c) => c.body(big, 200, { 'Content-Type': 'text/csv; charset=utf-8' }));
  a.get('/small', (c) => c.body('{"ok":true}', 200, { 'Content-Type': 'application/json', 'Content-Length': '11' }));
  a.get('/zip', (c) => c.body(big, 200, { 'Content-Type': 'application/zip' }));
  a.get('/encoded', (c) => c.body(big, 200, { 'Content-Type': 'application/json', 'Content-Encoding': 'gzip' }));
  a.get('/empty', (c) => c.body(null, 204));
  return a;
}

const encodingFor = async (acceptEncoding: string | undefined, path = '/json', method = 'GET') => {
  const res = await app().request(path, { method, headers: acceptEncoding === undefined ? {} : { 'accept-encoding': acceptEncoding } });
  return res.headers.get('content-encoding');
};

describe('compress', () => {
  it.each([
    ['br', 'br'],
    ['gzip', 'gzip'],
    ['gzip, br', 'br'],
    ['gzip, deflate, br, zstd', 'br'],
    ['br;q=0.5, gzip', 'gzip'],
    ['br;q=0.8, gzip;q=0.8', 'br'],
    ['br;q=0, gzip;q=0.1', 'gzip'],
    ['*', 'br'],
    ['*;q=0.5, br;q=0', 'gzip'],
    ['GZIP', 'gzip'],
    ['deflate', null],
    ['identity', null],
    ['br;q=0, gzip;q=0', null],
    ['', null],
    [undefined, null],
  ])('Accept-Encoding: %s → %s', async (accept, expected) => {
    expect(await encodingFor(accept)).toBe(expected);
  });

  it('decompresses to the original body, with Vary and no stale Content-Length', async () => {
    const br = await app().request('/json', { headers: { 'accept-encoding': 'br' } });
    expect(br.headers.get('vary')).toBe('Accept-Encoding');
    expect(br.headers.get('content-length')).toBeNull();
    expect(brotliDecompressSync(Buffer.from(await br.arrayBuffer())).toString('utf8')).toBe(big);
    const gzip = await app().request('/csv', { headers: { 'accept-encoding': 'gzip' } });
    expect(gunzipSync(Buffer.from(await gzip.arrayBuffer())).toString('utf8')).toBe(big);
  });

  it('passes through small known-length bodies, non-text types, already-encoded bodies, empty bodies and HEAD', async () => {
    expect(await encodingFor('br', '/small')).toBeNull();
    expect(await encodingFor('br', '/zip')).toBeNull();
    expect(await encodingFor('br', '/encoded')).toBe('gzip');
    expect(await encodingFor('br', '/empty')).toBeNull();
    const head = await app().request('/json', { method: 'HEAD', headers: { 'accept-encoding': 'br' } });
    expect(head.headers.get('content-encoding')).toBeNull();
    expect(head.headers.get('vary')).toBe('Accept-Encoding');
  });
});
