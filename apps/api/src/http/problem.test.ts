import { Hono } from 'hono';
import { requestId, type RequestIdVariables } from 'hono/request-id';
import { describe, expect, it } from 'vitest';
import { invalidParameters, problemResponse, problemSchema, ProblemError } from './problem.ts';

function appThrowing(error: ProblemError) {
  const app = new Hono<{ Variables: RequestIdVariables }>();
  app.use('*', requestId());
  app.get('/thing', () => {
    throw error;
  });
  app.onError((e, c) => problemResponse(c, e as ProblemError));
  return app;
}

describe('problemResponse', () => {
  it('writes RFC 9457 problem+json with the request path and request id', async () => {
    const res = await appThrowing(new ProblemError(404, 'no thing "x"')).request('/thing?x=1');
    expect(res.status).toBe(404);
    expect(res.headers.get('content-type')).toBe('application/problem+json; charset=utf-8');
    expect(res.headers.get('cache-control')).toBe('no-store');
    const body = problemSchema.strict().parse(await res.json());
    expect(body).toEqual({
      type: '/docs#problem-not-found',
      title: 'Not found',
      status: 404,
      detail: 'no thing "x"',
      instance: '/thing',
      request_id: res.headers.get('x-request-id'),
    });
  });

  it('adds the error’s extra fields and headers', async () => {
    const error = new ProblemError(503, 'down', {}, { 'Retry-After': '7' });
    const res = await appThrowing(error).request('/thing');
    expect(res.status).toBe(503);
    expect(res.headers.get('retry-after')).toBe('7');
    expect(await res.json()).toMatchObject({ type: '/docs#problem-unavailable', title: 'Database unavailable', detail: 'down' });
    const withErrors = new ProblemError(400, 'limit: bad', { errors: [{ parameter: 'limit', message: 'bad' }] });
    expect(await (await appThrowing(withErrors).request('/thing')).json()).toMatchObject({
      type: '/docs#problem-bad-request',
      errors: [{ parameter: 'limit', message: 'bad' }],
    });
  });

  it('names every status it is given, with a generic title for the unexpected', async () => {
    for (const [status, type, title] of [
      [405, '/docs#problem-method-not-allowed', 'Method not allowed'],
      [406, '/docs#problem-not-acceptable', 'Format not available'],
      [500, '/docs#problem-internal-error', 'Internal error'],
      [418, '/docs#problem-error', 'Error'],
    ] as const) {
      const res = await appThrowing(new ProblemError(status, 'x')).request('/thing');
      expect(res.status).toBe(status);
      expect(await res.json()).toMatchObject({ type, title, status });
    }
  });
});

describe('invalidParameters', () => {
  it('gives one entry per invalid parameter and a detail that lists them', () => {
    const error = invalidParameters([
      { path: ['limit'], message: 'limit must be at most 500', code: 'too_big', origin: 'number', maximum: 500 },
      { path: ['from'], message: 'must be a date written YYYY-MM-DD', code: 'invalid_format' },
    ]);
    expect(error).toBeInstanceOf(ProblemError);
    expect(error.status).toBe(400);
    expect(error.detail).toBe('limit: limit must be at most 500; from: must be a date written YYYY-MM-DD');
    expect(error.extra.errors).toEqual([
      { parameter: 'limit', message: 'limit must be at most 500' },
      { parameter: 'from', message: 'must be a date written YYYY-MM-DD' },
    ]);
  });

  it('splits unknown keys into one entry each', () => {
    const error = invalidParameters([{ path: [], message: 'Unrecognized keys', code: 'unrecognized_keys', keys: ['colour', 'size'] }]);
    expect(error.extra.errors).toEqual([
      { parameter: 'colour', message: 'unknown parameter "colour"' },
      { parameter: 'size', message: 'unknown parameter "size"' },
    ]);
    expect(error.detail).toBe('colour: unknown parameter "colour"; size: unknown parameter "size"');
  });

  it('words a validator’s own message by what was given', () => {
    const missing = { path: ['entities'], message: 'Invalid input: expected string, received undefined', code: 'invalid_type', expected: 'string' };
    expect(invalidParameters([missing], {}).detail).toBe('entities: required');
    expect(invalidParameters([{ ...missing, message: 'Invalid input: expected string, received array' }], { entities: ['a', 'b'] }).detail).toBe('entities: given 2 times: give it once');
  });

  it('joins nested paths and names a whole-query issue', () => {
    const error = invalidParameters([
      { path: ['a', 0, 'b'], message: 'bad' },
      { path: [], message: 'the query as a whole is wrong' },
    ]);
    expect(error.extra.errors).toEqual([
      { parameter: 'a.0.b', message: 'bad' },
      { parameter: '(query)', message: 'the query as a whole is wrong' },
    ]);
  });
});
