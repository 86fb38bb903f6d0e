import { createHash } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { dataset } from '@aiwatch/data';
import { readReleases } from '@aiwatch/data/releases';
import { collectionNames } from './support/dataset.ts';
import { getJson } from './support/http.ts';
import { startApi, testDatabases, type ApiUnderTest } from './support/server.ts';
import { readZip } from './support/zip.ts';

const fieldTypes = ['string', 'number', 'integer', 'date', 'array', 'boolean', 'object'] as const;
const text = z.string().min(1);

const catalogueSchema = z
  .object({
    datasets: z.array(
      z
        .object({
          name: z.enum(collectionNames),
          title_en: text,
          title_zh: text,
          description_en: text,
          description_zh: text,
          rows: z.number().int(),
          csv: text,
          columns: z.array(z.object({ name: text, type: z.enum(fieldTypes), description: text, description_zh: text }).strict()).min(1),
        })
        .strict(),
    ),
    zip: z.literal('/v1/datasets.zip'),
    datapackage: z.literal('/v1/datapackage.json'),
    version: z.string().regex(/^[0-9a-f]{64}$/),
  })
  .strict();

const fieldSchema = z
  .object({
    name: text,
    type: z.enum(fieldTypes),
    description: text,
    description_zh: text,
    constraints: z.object({ required: z.literal(true) }).strict().optional(),
  })
  .strict();

const resourceSchema = z
  .object({
    name: z.enum(collectionNames),
    path: text,
    title: text,
    description: text,
    profile: z.literal('tabular-data-resource'),
    format: z.literal('csv'),
    mediatype: z.literal('text/csv'),
    encoding: z.literal('utf-8'),
    dialect: z.object({ delimiter: z.literal(','), lineTerminator: z.literal('\r\n'), header: z.literal(true) }).strict(),
    bytes: z.number().int().positive().optional(),
    hash: z.string().regex(/^sha256:[0-9a-f]{64}$/).optional(),
    // A resource whose data is someone else's (the AI models: Epoch AI) names its source and licence.
    sources: z.array(z.object({ title: text, path: z.url() }).strict()).optional(),
    licenses: z.array(z.object({ name: text, title: text, path: z.url() }).strict()).optional(),
    schema: z
      .object({
        fields: z.array(fieldSchema).min(1),
        primaryKey: z.literal('id'),
        missingValues: z.array(z.string()),
        // Left out where a table references nothing: Table Schema allows no empty list. "" is the table itself.
        foreignKeys: z
          .array(z.object({ fields: text, reference: z.object({ resource: z.enum(['', ...collectionNames]), fields: text }).strict() }).strict())
          .min(1)
          .optional(),
      })
      .strict(),
  })
  .strict();

const dataPackageSchema = z
  .object({
    profile: z.literal('tabular-data-package'),
    name: z.literal('china-ai-watch'),
    version: z.string().regex(/^\d{4}\.\d{1,2}\.\d+$/),
    created: z.iso.datetime(),
    citation: text,
    title: text,
    description: text,
    licenses: z.array(z.object({ name: text, title: text, path: z.url() }).strict()).min(1),
    sources: z.array(z.object({ title: text, path: z.url() }).strict()),
    resources: z.array(resourceSchema),
  })
  .strict();

const csvHeader = (csv: Buffer) => csv.toString('utf8').split('\r\n')[0]!.split(',');
const sha256 = (data: Buffer) => createHash('sha256').update(data).digest('hex');

describe.each(testDatabases)('datasets on $name', (kind) => {
  let api: ApiUnderTest;
  const tableCsv: Record<string, Buffer> = {};
  beforeAll(async () => {
    api = await startApi(kind);
    for (const name of collectionNames) {
      const res = await api.get(`/v1/datasets/${name}.csv`);
      expect(res.status).toBe(200);
      tableCsv[name] = Buffer.from(await res.arrayBuffer());
    }
  });
  afterAll(() => api?.stop());

  describe('GET /v1/datasets', () => {
    it('lists the six tables with the dataset’s row counts, CSV links and documented columns', async () => {
      const catalogue = catalogueSchema.parse(await getJson(api, '/v1/datasets'));
      expect(catalogue.datasets.map((t) => t.name).sort()).toEqual([...collectionNames].sort());
      const ready = (await getJson(api, '/readyz')) as { dataset: string };
      expect(catalogue.version).toBe(ready.dataset);
      for (const table of catalogue.datasets) {
        expect(table.rows, table.name).toBe(dataset[table.name].length);
        expect(table.csv).toBe(`/v1/datasets/${table.name}.csv`);
        expect(table.columns.map((c) => c.name), table.name).toEqual(csvHeader(tableCsv[table.name]!));
        expect(new Set(table.columns.map((c) => c.name)).size).toBe(table.columns.length);
      }
    });

    it('types the columns as their values are', async () => {
      const catalogue = catalogueSchema.parse(await getJson(api, '/v1/datasets'));
      const type = (table: string, column: string) =>
        catalogue.datasets.find((t) => t.name === table)!.columns.find((c) => c.name === column)?.type;
      expect(type('figures', 'value')).toBe('number');
      expect(type('figures', 'as_of')).toBe('date');
      expect(type('figures', 'review_status')).toBe('string');
      expect(type('entities', 'founded')).toBe('integer');
      expect(type('entities', 'aliases')).toBe('array');
      expect(type('events', 'entity_ids')).toBe('array');
      expect(type('sources', 'sections')).toBe('array');
      expect(type('models', 'open_weights')).toBe('boolean');
      expect(type('models', 'developers')).toBe('array');
      expect(type('models', 'cells')).toBe('object');
      expect(type('models', 'training_compute')).toBe('number');
    });
  });

  describe('GET /v1/datapackage.json', () => {
    it('describes every CSV: every field typed and described, the licence and the sources', async () => {
      const pkg = dataPackageSchema.parse(await getJson(api, '/v1/datapackage.json'));
      expect(pkg.licenses).toContainEqual(expect.objectContaining({ name: 'CC-BY-4.0', path: 'https://creativecommons.org/licenses/by/4.0/' }));
      expect(pkg.sources.map((s) => s.path).sort()).toEqual(dataset.sources.map((s) => s.url).sort());
      expect(pkg.resources.map((r) => r.name).sort()).toEqual([...collectionNames].sort());
      const resources = new Map(pkg.resources.map((r) => [r.name, r]));
      expect(resources.get('models')!.licenses).toEqual([expect.objectContaining({ name: 'CC-BY-4.0', title: expect.stringContaining('Epoch AI') })]);
      expect(resources.get('models')!.sources).toEqual([{ title: expect.stringContaining('Epoch AI, “Data on AI Models”'), path: 'https://epoch.ai/data/ai-models' }]);
      for (const r of pkg.resources) {
        expect(r.path).toBe(`${r.name}.csv`);
        expect(r.schema.fields.map((f) => f.name), r.name).toEqual(csvHeader(tableCsv[r.name]!));
        for (const fk of r.schema.foreignKeys ?? []) {
          expect(r.schema.fields.map((f) => f.name)).toContain(fk.fields);
          expect(resources.get(fk.reference.resource || r.name)?.schema.fields.map((f) => f.name)).toContain(fk.reference.fields);
        }
        expect(r.schema.fields.find((f) => f.name === 'id')?.constraints).toEqual({ required: true });
      }
      expect(resources.get('figures')?.schema.foreignKeys?.map((k) => k.fields).sort()).toEqual(['entity_id', 'metric', 'source_id']);
      expect(resources.get('entities')?.schema.foreignKeys).toEqual([{ fields: 'hq', reference: { resource: '', fields: 'id' } }]);
      expect(resources.get('sources')?.schema).not.toHaveProperty('foreignKeys');
    });

    it('agrees with the catalogue on every column', async () => {
      const pkg = dataPackageSchema.parse(await getJson(api, '/v1/datapackage.json'));
      const catalogue = catalogueSchema.parse(await getJson(api, '/v1/datasets'));
      for (const table of catalogue.datasets) {
        const fields = pkg.resources.find((r) => r.name === table.name)!.schema.fields;
        expect(fields.map(({ name, type, description, description_zh }) => ({ name, type, description, description_zh }))).toEqual(table.columns);
        expect(pkg.resources.find((r) => r.name === table.name)!.title).toBe(table.title_en);
      }
    });
  });

  describe('GET /v1/datasets.zip', () => {
    it('holds the six CSVs, datapackage.json with their sizes and hashes, and a README on how to cite', async () => {
      const res = await api.get('/v1/datasets.zip');
      expect(res.status).toBe(200);
      expect(res.headers.get('content-type')).toBe('application/zip');
      expect(res.headers.get('content-disposition')).toBe('attachment; filename="china-ai-watch-datasets.zip"');
      const entries = readZip(Buffer.from(await res.arrayBuffer()));
      expect(entries.map((e) => e.name).sort()).toEqual([...collectionNames.map((n) => `${n}.csv`), 'CHANGES.md', 'README.md', 'datapackage.json'].sort());
      const file = (name: string) => entries.find((e) => e.name === name)!.data;

      for (const name of collectionNames) {
        expect(file(`${name}.csv`).equals(tableCsv[name]!), `${name}.csv in the ZIP equals /v1/datasets/${name}.csv`).toBe(true);
      }

      const pkg = dataPackageSchema.parse(JSON.parse(file('datapackage.json').toString('utf8')));
      for (const r of pkg.resources) {
        const csv = file(r.path);
        expect(r.bytes, r.path).toBe(csv.length);
        expect(r.hash, r.path).toBe(`sha256:${sha256(csv)}`);
      }
      const live = dataPackageSchema.parse(await getJson(api, '/v1/datapackage.json'));
      expect({ ...pkg, resources: pkg.resources.map(({ bytes: _b, hash: _h, ...r }) => r) }).toEqual(live);

      const readme = file('README.md').toString('utf8');
      const { dataset: version } = (await getJson(api, '/readyz')) as { dataset: string };
      expect(readme).toContain('## How to cite');
      expect(readme).toContain('## 引用方式');
      const release = readReleases().at(-1)!;
      expect(release.dataset_sha256).toBe(version);
      expect(readme).toContain(`release ${release.version} (${release.released_on}; content sha256 ${version.slice(0, 12)}…)`);
      expect(readme).toContain(pkg.citation);
      expect(pkg.version).toBe(release.version);
      expect(file('CHANGES.md').toString('utf8')).toContain(`# Release ${release.version} (${release.released_on})`);
      expect(readme).toContain('CC BY 4.0');
      for (const s of dataset.sources.filter((x) => x.kind !== 'article')) expect(readme).toContain(s.url);
      expect(readme).toContain(`cite ${dataset.sources.filter((x) => x.kind === 'article').length} articles by URL`);
      const epoch = dataset.sources.find((s) => s.kind === 'dataset')!;
      expect(readme).toContain(`Epoch AI, "Data on AI Models" [data set], release of ${epoch.row_count} rows, file sha256 ${epoch.sha256}`);
    });
  });
});
