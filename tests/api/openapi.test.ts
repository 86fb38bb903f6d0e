import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { createApp, createLogger, startApiServer } from '@aiwatch/api';
import { getJson } from './support/http.ts';
import { describeProblems, redoclyLint } from './support/redocly.ts';
import { validateJsonSchema, type JsonSchema } from './support/json-schema.ts';
import { startApi, testDatabases, type ApiUnderTest } from './support/server.ts';

const operationSchema = z.looseObject({
  summary: z.string().min(1),
  operationId: z.string().min(1),
  tags: z.array(z.string()).optional(),
  parameters: z
    .array(z.looseObject({ name: z.string(), in: z.enum(['query', 'path', 'header']), description: z.string().optional() }))
    .optional(),
  responses: z.record(z.string(), z.looseObject({ description: z.string().min(1), content: z.record(z.string(), z.looseObject({ schema: z.looseObject({}) })).optional() })),
});

const documentSchema = z.looseObject({
  openapi: z.literal('3.1.0'),
  info: z.looseObject({ title: z.string().min(1), version: z.string().min(1), license: z.looseObject({ identifier: z.literal('CC-BY-4.0') }) }),
  servers: z.array(z.looseObject({ url: z.string() })),
  security: z.array(z.unknown()),
  tags: z.array(z.looseObject({ name: z.string(), description: z.string().min(1) })),
  paths: z.record(z.string(), z.record(z.string(), operationSchema)),
  components: z.looseObject({ schemas: z.record(z.string(), z.looseObject({})) }),
});
type OpenApiDocument = z.infer<typeof documentSchema>;

/** The one route that is exempt: the document does not describe itself. */
const undocumented = new Set(['/v1/openapi.json']);

/** Hono's `:param` → OpenAPI's `{param}`. */
const toOpenApiPath = (path: string) => path.replace(/:(\w+)/g, '{$1}');

describe.each(testDatabases)('OpenAPI on $name', (kind) => {
  let api: ApiUnderTest;
  let doc: OpenApiDocument;
  let served: string[];
  beforeAll(async () => {
    api = await startApi(kind);
    doc = documentSchema.parse(await getJson(api, '/v1/openapi.json'));
    const app = createApp({ db: api.handle.db });
    served = [
      ...new Set(
        app.routes
          .filter((r) => r.method === 'GET' && (r.path === '/v1' || r.path.startsWith('/v1/') || r.path === '/healthz' || r.path === '/readyz'))
          .map((r) => toOpenApiPath(r.path)),
      ),
    ].sort();
  });
  afterAll(() => api?.stop());

  /** The documented schema of a response, by path, status and content type. */
  const documented = (path: string, status: number, type: string): JsonSchema => {
    const schema = doc.paths[path]?.get?.responses[String(status)]?.content?.[type]?.schema;
    if (!schema) throw new Error(`no documented ${status} ${type} response for GET ${path}`);
    return schema;
  };
  const conforms = (body: unknown, schema: JsonSchema) => validateJsonSchema(body, schema, doc as unknown as JsonSchema);

  describe('GET /v1/openapi.json', () => {
    it('is an OpenAPI 3.1 document with a title, a version and the data licence', () => {
      expect(doc.openapi).toBe('3.1.0');
      expect(doc.info.title).toBe('China AI Watch data API');
    });

    it('documents every GET route the app serves', () => {
      expect(served.length).toBeGreaterThan(15);
      const missing = served.filter((p) => !undocumented.has(p) && !doc.paths[p]?.get);
      expect(missing, 'routes served but missing from /v1/openapi.json').toEqual([]);
    });

    it('documents no route the app does not serve', () => {
      const ghost = Object.keys(doc.paths).filter((p) => !served.includes(p));
      expect(ghost).toEqual([]);
      for (const ops of Object.values(doc.paths)) expect(Object.keys(ops)).toEqual(['get']);
    });

    it('describes every parameter', () => {
      const bare = Object.entries(doc.paths).flatMap(([path, ops]) =>
        Object.values(ops).flatMap((op) => (op.parameters ?? []).filter((p) => !p.description?.trim()).map((p) => `${path} ${p.in}:${p.name}`)),
      );
      expect(bare).toEqual([]);
      const figures = doc.paths['/v1/figures']!.get!.parameters!.map((p) => p.name).sort();
      expect(figures).toEqual(['bom', 'cursor', 'entity', 'format', 'from', 'group', 'limit', 'metric', 'q', 'source', 'to']);
      // Filters are named after their field; the old name is there, marked deprecated.
      const param = (path: string, name: string) => doc.paths[path]!.get!.parameters!.find((p) => p.name === name);
      for (const [path, field] of [['/v1/events', 'kind'], ['/v1/relations', 'predicate']] as const) {
        expect(param(path, field)).toMatchObject({ in: 'query', required: false });
        expect(param(path, field)!.deprecated).toBeUndefined();
        expect(param(path, 'type')).toMatchObject({ in: 'query', required: false, deprecated: true, schema: { enum: (param(path, field)!.schema as { enum: string[] }).enum } });
        expect(param(path, 'type')!.description).toContain(`the old name of \`${field}\``);
      }
    });

    it('gives every error response the Problem shape as application/problem+json', () => {
      for (const [path, ops] of Object.entries(doc.paths)) {
        for (const [status, response] of Object.entries(ops.get!.responses)) {
          if (Number(status) < 400) continue;
          expect(Object.keys(response.content ?? {}), `${path} ${status}`).toEqual(['application/problem+json']);
          expect(response.content!['application/problem+json']!.schema).toEqual({ $ref: '#/components/schemas/Problem' });
        }
        if (path.startsWith('/v1/')) expect(Object.keys(ops.get!.responses), path).toContain('503');
      }
    });

    it('passes Redocly’s recommended ruleset with no error and no warning', async () => {
      const res = await api.get('/v1/openapi.json');
      expect(res.status).toBe(200);
      const report = await redoclyLint(await res.text());
      const errors = report.problems.filter((p) => p.severity === 'error');
      expect(report.totals.errors, describeProblems(errors)).toBe(0);
      expect(report.totals.warnings, describeProblems(report.problems)).toBe(0);
    });

    it('names the server, declares no security and tags each operation with a described tag', () => {
      expect(doc.servers).toEqual([{ url: '/', description: 'This API.' }]);
      expect(doc.security).toEqual([]);
      const described = new Set(doc.tags.map((t) => t.name));
      for (const [path, ops] of Object.entries(doc.paths)) expect(described, path).toContain(ops.get!.tags?.[0]);
    });

    it('names the configured public URL as the server', async () => {
      const server = await startApiServer({ db: api.handle.db, port: 0, host: '127.0.0.1', logger: createLogger('silent'), publicUrl: 'https://api.example.org/' });
      try {
        const served = (await (await fetch(`${server.url}/v1/openapi.json`)).json()) as { servers: unknown };
        expect(served.servers).toEqual([{ url: 'https://api.example.org', description: 'This API.' }]);
      } finally {
        await server.close();
      }
    });

    it('gives every operation a stable camelCase operationId', () => {
      const ids = Object.entries(doc.paths).map(([path, ops]) => [path, ops.get!.operationId] as const);
      expect(Object.fromEntries(ids)).toEqual({
        '/healthz': 'getHealth',
        '/readyz': 'getReadiness',
        '/v1': 'getApiIndex',
        ...Object.fromEntries(
          ['Sources:Source', 'Entities:Entity', 'Figures:Figure', 'Events:Event', 'Relations:Relation', 'Models:Model', 'CompanyFacts:CompanyFact', 'FactGroups:FactGroup', 'Metrics:Metric'].flatMap((pair) => {
            const [many, one] = pair.split(':') as [string, string];
            const path = `/v1/${many.replace(/(?<=.)([A-Z])/g, '_$1').toLowerCase()}`;
            return [[path, `list${many}`], [`${path}/{id}`, `get${one}`]];
          }),
        ),
        '/v1/compare': 'compareEntities',
        '/v1/datasets': 'listDatasets',
        '/v1/datasets/{file}': 'getDatasetCsv',
        '/v1/datasets.zip': 'getDatasetsZip',
        '/v1/datapackage.json': 'getDataPackage',
        '/v1/releases': 'listReleases',
        '/v1/releases/{version}': 'getRelease',
        '/v1/releases/{version}/datasets.zip': 'getReleaseZip',
        '/v1/changes': 'listChanges',
        '/v1/changes.atom': 'getChangesAtom',
        '/v1/entities/{id}/changes.atom': 'getEntityChangesAtom',
      });
      for (const [, id] of ids) expect(id).toMatch(/^[a-z]+(?:[A-Z][a-z]*)*$/);
    });

    it('documents the list envelope keys and the problem fields', () => {
      const envelope = documented('/v1/entities', 200, 'application/json');
      expect(Object.keys(envelope.properties as object).sort()).toEqual(['items', 'next', 'next_cursor']);
      expect([...(envelope.required as string[])].sort()).toEqual(['items', 'next', 'next_cursor']);
      const problem = doc.components.schemas.Problem!;
      expect(Object.keys(problem.properties as object).sort()).toEqual(['detail', 'errors', 'instance', 'request_id', 'status', 'title', 'type']);
    });
  });

  describe('actual responses conform to the documented shapes', () => {
    it.each([
      ['/v1/sources', '/v1/sources?limit=1'],
      ['/v1/entities', '/v1/entities?limit=3'],
      ['/v1/figures', '/v1/figures'],
      ['/v1/events', '/v1/events?limit=5'],
      ['/v1/relations', '/v1/relations'],
      ['/v1/metrics', '/v1/metrics'],
      ['/v1/sources/{id}', '/v1/sources/taiwansig-2024-ai-tigers'],
      ['/v1/entities/{id}', '/v1/entities/zhipu-ai'],
      ['/v1/entities/{id}', '/v1/entities/ai-six-tigers'],
      ['/v1/figures/{id}', '/v1/figures/zhipu-valuation-2024'],
      ['/v1/events/{id}', '/v1/events/document-79-issued'],
      ['/v1/relations/{id}', '/v1/relations/prosperity7-invested-in-zhipu-ai'],
      ['/v1/metrics/{id}', '/v1/metrics/valuation'],
      ['/v1/compare', '/v1/compare?entities=zhipu-ai,moonshot-ai,talkie'],
      ['/v1/datasets', '/v1/datasets'],
      ['/v1/datapackage.json', '/v1/datapackage.json'],
      ['/healthz', '/healthz'],
      ['/readyz', '/readyz'],
    ])('200 of %s (%s)', async (path, url) => {
      const res = await api.get(url);
      expect(res.status).toBe(200);
      const body: unknown = await res.json();
      expect(conforms(body, documented(path, 200, 'application/json'))).toEqual([]);
    });

    it.each([
      ['/v1/figures', 400, '/v1/figures?limit=0', {}],
      ['/v1/entities', 400, '/v1/entities?nope=1', {}],
      ['/v1/entities/{id}', 404, '/v1/entities/no-such-entity', {}],
      ['/v1/entities/{id}', 400, '/v1/entities/Not_An_Id', {}],
      ['/v1/compare', 404, '/v1/compare?entities=zhipu-ai,nobody-here', {}],
      ['/v1/datasets/{file}', 404, '/v1/datasets/nope.csv', {}],
      ['/v1/figures', 406, '/v1/figures', { accept: 'application/xml' }],
    ])('%s %i (%s)', async (path, status, url, headers) => {
      const res = await api.get(url, { headers });
      expect(res.status).toBe(status);
      expect(res.headers.get('content-type')).toMatch(/^application\/problem\+json/);
      expect(conforms(await res.json(), documented(path, status, 'application/problem+json'))).toEqual([]);
    });

    it('shows real records as examples: each collection’s is the record the API serves', async () => {
      type Media = { example?: { items?: { id: string }[] } & { id?: string } };
      const example = (path: string) => (doc.paths[path]!.get!.responses['200']!.content!['application/json'] as Media).example;
      for (const name of ['sources', 'entities', 'figures', 'events', 'relations', 'models', 'company_facts', 'fact_groups', 'metrics']) {
        const item = example(`/v1/${name}`)!.items![0]!;
        // The record by id embeds its related records in three collections: the rest is the item.
        expect(await getJson(api, `/v1/${name}/${item.id}`), name).toMatchObject(item);
        const detail = example(`/v1/${name}/{id}`)!;
        expect(detail.id).toBe(item.id);
        expect(conforms(detail, documented(`/v1/${name}/{id}`, 200, 'application/json')), name).toEqual([]);
      }
      for (const path of ['/v1', '/v1/compare', '/healthz', '/readyz']) expect(example(path), path).toBeDefined();
      expect(example('/v1')).toEqual(await getJson(api, '/v1'));
    });

    it('the check fails on a body that breaks the documented shape', async () => {
      const page = (await getJson(api, '/v1/figures?limit=1')) as { items: Record<string, unknown>[] };
      const schema = documented('/v1/figures', 200, 'application/json');
      expect(conforms({ ...page, next: undefined, extra: 1 }, schema).length).toBeGreaterThan(0);
      expect(conforms({ ...page, items: [{ ...page.items[0], value: 'many' }] }, schema)).toEqual([expect.stringContaining('items[0].value')]);
      expect(conforms({ ...page, items: [{ ...page.items[0], surprise: true }] }, schema)).toEqual([expect.stringContaining('surprise')]);
    });

    it('CSV lists are documented as text/csv', () => {
      for (const name of ['sources', 'entities', 'figures', 'events', 'relations', 'metrics']) {
        expect(documented(`/v1/${name}`, 200, 'text/csv')).toMatchObject({ type: 'string' });
      }
      expect(documented('/v1/datasets/{file}', 200, 'text/csv')).toMatchObject({ type: 'string' });
      expect(documented('/v1/compare', 200, 'text/csv')).toMatchObject({ type: 'string' });
    });
  });

  describe('GET /docs', () => {
    it('answers an HTML page listing every documented path and error type', async () => {
      const res = await api.get('/docs');
      expect(res.status).toBe(200);
      expect(res.headers.get('content-type')).toMatch(/^text\/html/);
      const html = await res.text();
      expect(html).toMatch(/^<!doctype html>/i);
      for (const path of Object.keys(doc.paths)) {
        expect(html, path).toContain(`<section class="op" id="get-${path}"><h3><span class="m">GET</span><code>${path}</code></h3>`);
      }
      for (const slug of ['bad-request', 'not-found', 'method-not-allowed', 'not-acceptable', 'unavailable', 'internal-error']) {
        expect(html).toContain(`id="problem-${slug}"`);
      }
      expect(html).toContain('<a href="/v1/openapi.json">');
    });

    it('shows each response’s fields and example, and each record’s fields', async () => {
      const html = await (await api.get('/docs')).text();
      const section = (path: string) => html.slice(html.indexOf(`id="get-${path}"`), html.indexOf('</section>', html.indexOf(`id="get-${path}"`)));
      const figure = section('/v1/figures/{id}');
      expect(figure).toContain('<h4>200 <code>application/json</code></h4>');
      expect(figure).toContain('<tr><td><code>source_text</code></td><td>string</td>');
      expect(figure).toContain('<details open><summary>Example</summary><pre>{\n  &quot;id&quot;: &quot;zhipu-valuation-2024&quot;');
      expect(section('/v1/figures')).toContain('<td><code>items</code></td><td>array of <a href="#schema-Figure">Figure</a></td>');
      expect(section('/v1/figures')).toContain('<h4>200 <code>text/csv</code></h4>');
      expect(html).toMatch(/<section id="schema-Figure"><h3>Figure<\/h3>.*<code>entity_id<\/code>/s);
    });

    it('is where / redirects', async () => {
      const res = await api.get('/', { redirect: 'manual' });
      expect(res.status).toBe(302);
      expect(res.headers.get('location')).toBe('/docs');
    });
  });
});
