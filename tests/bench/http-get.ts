import { get } from 'node:http';

export interface Canned {
  status: number;
  type: string;
  /** The Content-Encoding the body is in, if any. */
  encoding: string | undefined;
  body: Buffer;
}

/**
 * One GET, body buffered as it came. node:http rather than fetch: fetch asks for gzip by itself
 * and decodes; the bench chooses what to ask for and compares the bytes sent.
 */
export function fetchOnce(url: string, timeoutMs = 10_000, headers: Record<string, string> = {}): Promise<Canned> {
  return new Promise((resolve, reject) => {
    const req = get(url, { timeout: timeoutMs, headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () =>
        resolve({
          status: res.statusCode ?? 0,
          type: res.headers['content-type'] ?? 'application/octet-stream',
          encoding: res.headers['content-encoding'],
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
