import { request } from 'node:http';
import { expect } from 'vitest';
import { z } from 'zod';
import type { ApiUnderTest } from './server.ts';

/** RFC 9457 problem details as the API promises them: every field present, nothing else. */
export const problemBody = z
  .object({
    type: z.string().min(1),
    title: z.string().min(1),
    status: z.number().int(),
    detail: z.string().min(1),
    instance: z.string().min(1),
    request_id: z.string().min(1),
    errors: z.array(z.object({ parameter: z.string().min(1), message: z.string().min(1) }).strict()).optional(),
  })
  .strict();
export type ProblemBody = z.infer<typeof problemBody>;

/** Asserts `res` is a problem+json of `status` whose request_id is the X-Request-Id header. */
export async function expectProblem(res: Response, status: number, path?: string): Promise<ProblemBody> {
  const text = await res.text();
  expect(res.status, text).toBe(status);
  expect(res.headers.get('content-type')).toMatch(/^application\/problem\+json(;|$)/);
  const body = problemBody.parse(JSON.parse(text));
  expect(body.status).toBe(status);
  expect(body.request_id).toBe(res.headers.get('x-request-id'));
  if (path !== undefined) expect(body.instance).toBe(path);
  return body;
}

/** The list envelope of every collection, with its items parsed by `item`. */
export function listEnvelope<T extends z.ZodType>(item: T) {
  return z.object({ items: z.array(item), next_cursor: z.string().min(1).nullable(), next: z.string().min(1).nullable() }).strict();
}

export async function getJson(api: ApiUnderTest, path: string, init?: RequestInit): Promise<unknown> {
  const res = await api.get(path, init);
  const text = await res.text();
  expect(res.status, `${path}: ${text}`).toBe(200);
  expect(res.headers.get('content-type')).toMatch(/^application\/json/);
  return JSON.parse(text);
}

/**
 * Follows `next` from `path` to the last page, checking on each page that the Link header is
 * exactly `next` and that `next` carries `next_cursor`; returns the items and the page count.
 */
export async function followPages<T extends z.ZodType>(
  api: ApiUnderTest,
  path: string,
  item: T,
): Promise<{ items: z.infer<T>[]; pages: number }> {
  const items: z.infer<T>[] = [];
  let pages = 0;
  for (let next: string | null = path; next !== null; pages++) {
    expect(pages, 'pagination never ends').toBeLessThan(1000);
    const res = await api.get(next);
    const text = await res.text();
    expect(res.status, `${next}: ${text}`).toBe(200);
    const page = listEnvelope(item).parse(JSON.parse(text));
    expect(res.headers.get('link')).toBe(page.next === null ? null : `<${page.next}>; rel="next"`);
    if (page.next !== null) expect(new URL(page.next, api.url).searchParams.get('cursor')).toBe(page.next_cursor);
    else expect(page.next_cursor).toBeNull();
    items.push(...page.items);
    next = page.next;
  }
  return { items, pages };
}

export interface RawResponse {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: Buffer;
}

/**
 * GET over node:http, which (unlike fetch) leaves the body as the server encoded it and sends the
 * headers as given (Host included); each on a connection of its own, so no request meets a
 * keep-alive connection the server is just closing.
 */
export function rawGet(url: string, headers: Record<string, string> = {}): Promise<RawResponse> {
  return new Promise((resolve, reject) => {
    const req = request(url, { method: 'GET', headers, agent: false, signal: AbortSignal.timeout(10_000) }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }));
      res.on('error', reject);
    });
    req.on('error', reject);
    req.end();
  });
}

/** Sorts records by id, for comparing lists whose order is checked elsewhere. */
export function byId<T extends { id: string }>(records: readonly T[]): T[] {
  return [...records].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}
