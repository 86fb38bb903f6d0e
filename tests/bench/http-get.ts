import { get } from 'node:http';

export interface Canned {
  status: number;
  type: string;
  body: Buffer;
}

/**
 * One GET, body buffered. node:http rather than fetch: fetch asks for gzip by itself, and the
 * bench compares identity bodies.
 */
export function fetchOnce(url: string, timeoutMs = 10_000): Promise<Canned> {
  return new Promise((resolve, reject) => {
    const req = get(url, { timeout: timeoutMs }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () =>
        resolve({
          status: res.statusCode ?? 0,
          type: res.headers['content-type'] ?? 'application/octet-stream',
          body: Buffer.concat(chunks),
        }),
      );
      res.on('error', reject);
    });
    req.on('timeout', () =>
      req.destroy(new Error(`${url}: no answer within ${timeoutMs / 1000} s`)),
    );
    req.on('error', reject);
  });
}
