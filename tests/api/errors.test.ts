import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { collectionNames, recordSchemas } from './support/dataset.ts';
import { expectProblem, listEnvelope, problemBody } from './support/http.ts';
import { startApi, testDatabases, type ApiUnderTest } from './support/server.ts';

/** encodeURIComponent, except that a lone surrogate (which it rejects) is sent raw for fetch to mend. */
function encodeLoosely(value: string): string {
  try {
    return encodeURIComponent(value);
  } catch {
    return value;
  }
}

/** A cursor forged from the JSON text of its key. */
const encode = (json: string) => Buffer.from(json).toString('base64url');

describe.each(testDatabases)('errors on $name', (kind) => {
  let api: ApiUnderTest;
  beforeAll(async () => {
    api = await startApi(kind);
  });
  afterAll(() => api?.stop());

  const badParameter = async (url: string, parameter: string) => {
    const problem = await expectProblem(await api.get(url), 400, new URL(url, api.url).pathname);
    expect(problem).toMatchObject({ type: '/docs#problem-bad-request', title: 'Invalid request', status: 400 });
    expect(problem.errors?.map((e) => e.parameter)).toContain(parameter);
    expect(problem.detail).toContain(`${parameter}: `);
    return problem;
  };

  describe('GET /v1/{collection} with bad parameters', () => {
    it.each(['0', '501', '-1', '1.5', 'abc', '', '1e3', '2.0e0x'])('answers 400 for limit=%s', async (limit) => {
      for (const name of collectionNames) await badParameter(`/v1/${name}?limit=${limit}`, 'limit');
    });

    it('never clamps: limit=501 is a 400, limit=500 a page of everything', async () => {
      const problem = await badParameter('/v1/relations?limit=501', 'limit');
      expect(problem.detail).toBe('limit: limit must be at most 500');
      const res = await api.get('/v1/relations?limit=500');
      expect(res.status).toBe(200);
      const page = listEnvelope(recordSchemas.relations).parse(await res.json());
      expect(page.next).toBeNull();
      expect(page.items.length).toBeLessThanOrEqual(500);
    });

    it('answers 400 naming an unknown parameter', async () => {
      const problem = await badParameter('/v1/figures?colour=red', 'colour');
      expect(problem.errors).toEqual([{ parameter: 'colour', message: 'unknown parameter "colour"' }]);
      await badParameter('/v1/sources?type=company', 'type');
      await badParameter('/v1/metrics?from=2024-01-01', 'from');
      // Routes without parameters name a stray one too, rather than ignoring a typo.
      for (const path of ['/v1/datasets.zip', '/v1/datapackage.json', '/healthz', '/readyz']) await badParameter(`${path}?lang=en`, 'lang');
    });

    it.each(['2024-13-01', '2024-02-30', '2024-1-1', '20240101', 'yesterday', '85', '2024-13', '2024-1', '1985-'])('answers 400 for the date %s', async (date) => {
      await badParameter(`/v1/figures?from=${date}`, 'from');
      await badParameter(`/v1/events?to=${date}`, 'to');
    });

    // PostgreSQL's calendar has no year 0 (1 BC comes before AD 1): such a date must stop at validation.
    it.each(['0000-01-01', '0000-12-31', '0000', '0000-06'])('answers 400, not 500, for the year-0 date %s', async (date) => {
      for (const name of ['figures', 'events', 'relations']) {
        await badParameter(`/v1/${name}?from=${date}`, 'from');
        await badParameter(`/v1/${name}?to=${date}`, 'to');
      }
    });

    it('answers 400 when from is after to', async () => {
      for (const name of ['figures', 'events', 'relations']) {
        const problem = await badParameter(`/v1/${name}?from=2024-06-01&to=2024-05-31`, 'from');
        expect(problem.detail).toContain('`from` must not be after `to`');
      }
      for (const [from, to] of [['1990', '1989'], ['1989-12', '1989-11-30'], ['2024-06-02', '2024-06-01']]) {
        const problem = await badParameter(`/v1/events?from=${from}&to=${to}`, 'from');
        expect(problem.detail).toContain('`from` must not be after `to`');
      }
      for (const query of ['from=2024-06-01&to=2024-06-01', 'from=1989&to=1989', 'from=1989-12&to=1989']) {
        expect((await api.get(`/v1/events?${query}`)).status, query).toBe(200);
      }
    });

    it.each([
      ['not base64 JSON', '/v1/figures?cursor=abc'],
      ['the wrong number of parts', `/v1/events?cursor=${encode('["2024-01-01"]')}`],
      ['a number', `/v1/entities?cursor=${Buffer.from('[1]').toString('base64url')}`],
      ['an events cursor on figures', `/v1/figures?cursor=${Buffer.from('["2024-01-01","x"]').toString('base64url')}`],
      ['an empty cursor', '/v1/figures?cursor='],
    ])('answers 400 for a cursor that is %s', async (_, url) => {
      await badParameter(url, 'cursor');
    });

    it.each([
      ['type', '/v1/entities?type=unicorn'],
      ['type', '/v1/relations?type=likes'],
      ['predicate', '/v1/relations?predicate=likes'],
      ['kind', '/v1/events?kind=party'],
      ['group', '/v1/entities?group=Six%20Tigers'],
      ['entity', '/v1/figures?entity=zhipu_ai'],
      ['q', `/v1/entities?q=${'x'.repeat(101)}`],
      ['q', '/v1/entities?q=%20%20'],
      ['bom', '/v1/figures?format=csv&bom=yes'],
      ['format', '/v1/figures?format=xml'],
    ])('answers 400 naming %s for %s', async (parameter, url) => {
      await badParameter(url, parameter);
    });

    it.each([
      ['q', '/v1/sources?q=%00'],
      ['q', '/v1/entities?q=zhipu%00ai'],
      ['q', '/v1/events?q=%00%00'],
      ['cursor', `/v1/entities?cursor=${encode('["a\\u0000"]')}`],
      ['cursor', `/v1/events?cursor=${encode('["2024-01-01","x\\u0000"]')}`],
      ['cursor', `/v1/events?cursor=${encode('["abc","x"]')}`],
      ['cursor', `/v1/events?cursor=${encode('["2024-13-45","x"]')}`],
      ['cursor', `/v1/events?cursor=${encode('["0000-01-01","x"]')}`],
    ])('answers 400 naming %s, not 500, for text the database cannot take: %s', async (parameter, url) => {
      await badParameter(url, parameter);
    });

    it.each(['/v1/entities?q=%ED%A0%80', '/v1/entities?q=%FF', '/v1/entities?q=%E6%99', '/v1/entities?q=%01%02'])(
      'answers %s with 200 or 400, never 5xx',
      async (url) => {
        const res = await api.get(url);
        await res.arrayBuffer();
        expect([200, 400]).toContain(res.status);
      },
    );

    it('answers 400 for a repeated parameter rather than picking one', async () => {
      await badParameter('/v1/entities?limit=2&limit=3', 'limit');
    });
  });

  describe('messages in plain words', () => {
    it('names a missing required parameter and what to give', async () => {
      const problem = await expectProblem(await api.get('/v1/compare'), 400, '/v1/compare');
      const message = 'required — give 2 to 6 entity ids separated by commas, e.g. zhipu-ai,moonshot-ai';
      expect(problem.errors).toEqual([{ parameter: 'entities', message }]);
      expect(problem.detail).toBe(`entities: ${message}`);
    });

    it.each([
      ['/v1/figures?entity=zhipu-ai&entity=moonshot-ai', 'entity', 'given 2 times: give it once'],
      ['/v1/figures?from=2024-01-01&from=2024-02-01&from=2024-03-01', 'from', 'given 3 times: give it once'],
      ['/v1/events?kind=party', 'kind', 'must be one of: founding, policy, programme, investment, launch, deadline, target, meeting, milestone, sanction'],
      ['/v1/models?country=', 'country', 'must not be empty'],
      ['/v1/figures?cursor=', 'cursor', 'must not be empty'],
      ['/v1/figures?format=xml', 'format', 'must be one of: json, csv'],
    ])('%s: %s %s', async (url, parameter, message) => {
      const problem = await expectProblem(await api.get(url), 400);
      expect(problem.errors).toEqual([{ parameter, message }]);
    });

    // Every query parameter the document lists, given values a validator rejects in its own words
    // (missing, empty, twice, wrong type, too long), answers in ours.
    it('never passes on a validator’s own message, for any documented parameter', async () => {
      type Doc = { paths: Record<string, { get: { parameters?: { name: string; in: string; required?: boolean }[] } }> };
      const doc = (await (await api.get('/v1/openapi.json')).json()) as Doc;
      const raw = /Invalid (input|option|string|number)|Too (small|big)|expected \w+, received|Unrecognized key/;
      let problems = 0;
      for (const [path, { get }] of Object.entries(doc.paths)) {
        const base = path.replace('{id}', 'zhipu-ai').replace('{version}', '2026.12.0').replace('{file}', 'figures.csv');
        const query = (get.parameters ?? []).filter((p) => p.in === 'query');
        const required = (name: string) => query.filter((p) => p.required && p.name !== name).map((p) => `${p.name}=zhipu-ai,moonshot-ai`);
        const urls = [base, ...query.flatMap((p) => ['', 'x', '-1', 'x'.repeat(300), '2024-13-01', 'a&b'].map((v) => `${base}?${[...required(p.name), `${p.name}=${v.replace('&', `&${p.name}=`)}`].join('&')}`))];
        for (const url of urls) {
          const res = await api.get(url);
          expect(res.status, url).toBeLessThan(500);
          if (res.status !== 400) continue;
          const problem = await expectProblem(res, 400);
          problems++;
          expect(problem.detail, url).not.toMatch(raw);
          for (const e of problem.errors ?? []) expect(problem.detail, url).toContain(`${e.parameter}: ${e.message}`);
        }
      }
      expect(problems).toBeGreaterThan(200);
    });
  });

  describe('GET on unknown routes and other methods', () => {
    it.each(['/v1/nope', '/v2/figures', '/v1/figures/zhipu-valuation-2024/extra', '/v1/'])('answers 404 problem for %s', async (path) => {
      const problem = await expectProblem(await api.get(path), 404, path);
      expect(problem).toMatchObject({ type: '/docs#problem-not-found', title: 'Not found' });
      expect(problem.detail).toContain(path);
    });

    it.each(['POST', 'PUT', 'PATCH', 'DELETE'])('answers 405 with Allow to %s', async (method) => {
      const res = await api.get('/v1/figures', { method, body: method === 'DELETE' ? null : '{}' });
      expect(res.headers.get('allow')).toBe('GET, HEAD, OPTIONS');
      const problem = await expectProblem(res, 405, '/v1/figures');
      expect(problem.type).toBe('/docs#problem-method-not-allowed');
    });

    it('answers HEAD like GET, without a body', async () => {
      const res = await api.get('/v1/figures', { method: 'HEAD' });
      expect(res.status).toBe(200);
      expect(await res.text()).toBe('');
    });
  });

  describe('content negotiation errors', () => {
    it.each([
      ['/v1/figures', 'application/xml'],
      ['/v1/figures', 'text/html'],
      ['/v1/figures', 'application/json;q=0, text/csv;q=0'],
      ['/v1/entities/zhipu-ai', 'text/csv'],
      ['/v1/compare?entities=zhipu-ai,moonshot-ai', 'image/png'],
      ['/v1/datasets', 'image/png'],
    ])('answers 406 to %s with Accept: %s', async (url, accept) => {
      const res = await api.get(url, { headers: { accept } });
      const problem = await expectProblem(res, 406);
      expect(problem.type).toBe('/docs#problem-not-acceptable');
      expect(problem.detail).toContain('application/json');
    });

    it('lets ?format= win over Accept', async () => {
      const res = await api.get('/v1/figures?format=json', { headers: { accept: 'text/csv' } });
      expect(res.status).toBe(200);
      expect(res.headers.get('content-type')).toMatch(/^application\/json/);
    });

    it('answers 400 for format=xml even with an acceptable Accept', async () => {
      await badParameter('/v1/figures?format=xml', 'format');
    });
  });

  describe.each(collectionNames)('GET /v1/%s with random query strings', (name) => {
    const keys = ['limit', 'cursor', 'type', 'kind', 'predicate', 'group', 'entity', 'metric', 'source', 'from', 'to', 'q', 'format', 'bom'];
    const key = fc.oneof(
      { weight: 4, arbitrary: fc.constantFrom(...keys) },
      { weight: 1, arbitrary: fc.string({ maxLength: 12 }) },
      { weight: 1, arbitrary: fc.constantFrom('', '%', '%%', '%zz', 'q%00', '__proto__', 'constructor', 'limit[]', 'a=b') },
    );
    const value = fc.oneof(
      fc.constantFrom('1', '2', '500', '501', '0', '-1', 'csv', 'json', 'xml', '1', 'zhipu-ai', 'ai-six-tigers', 'valuation', 'company', 'policy', 'invested_in', '2024-05-31', '2024-13-01', '智譜', 'Zhipu'),
      fc.string({ maxLength: 30 }),
      fc.string({ unit: 'binary', maxLength: 30 }),
      fc.string({ unit: 'grapheme', minLength: 101, maxLength: 2000 }),
      fc.constantFrom('%', '%2', '%E6%99', '%C0%AF', '%00', '%ZZ', '%25', '100%', '%%%', '\u0000', '\uD800', '%uD800'),
      fc.base64String({ maxLength: 40 }),
      // Forged cursors: well-formed keys of any strings, the shape a real cursor has.
      fc.array(fc.string({ unit: 'binary', maxLength: 12 }), { maxLength: 3 }).map((key) => encode(JSON.stringify(key))),
    );
    const pair = fc.record({ key, value, raw: fc.boolean() });
    const query = fc.array(pair, { maxLength: 6 }).map((pairs) =>
      pairs
        .map(({ key: k, value: v, raw }) => (raw ? `${k}=${v}` : `${encodeLoosely(k)}=${encodeLoosely(v)}`))
        .join('&'),
    );

    it('never answers 5xx: always 200 with the list or 400 problem+json', async () => {
      const seen = new Set<number>();
      await fc.assert(
        fc.asyncProperty(query, async (qs) => {
          const res = await api.get(`/v1/${name}?${qs}`, { signal: AbortSignal.timeout(10_000) });
          const text = await res.text();
          const type = res.headers.get('content-type') ?? '';
          seen.add(res.status);
          if (res.status === 200) {
            if (type.startsWith('text/csv')) return;
            expect(type).toMatch(/^application\/json/);
            listEnvelope(recordSchemas[name]).parse(JSON.parse(text));
            return;
          }
          expect(res.status, `${qs} → ${text}`).toBe(400);
          expect(type).toMatch(/^application\/problem\+json/);
          const problem = problemBody.parse(JSON.parse(text));
          expect(problem.request_id).toBe(res.headers.get('x-request-id'));
        }),
        { numRuns: 150, interruptAfterTimeLimit: 8_000 },
      );
      expect([...seen].sort()).toEqual([200, 400]);
    });
  });
});
