import { createRoute } from '@hono/zod-openapi';
import type { App } from '../http/app-env.ts';
import { z } from 'zod';
import { allSources, countRows, datasetVersion, downloadSlots, latestRelease, tableNames, type Database, type TableName } from '@aiwatch/db';
import { buildDataPackage, tableCsvStream, tableDocs, tableSchema } from '@aiwatch/db/export';
import { csvResponse } from '../http/csv-response.ts';
import { streamBody } from '../http/stream-body.ts';
import { negotiateFormat } from '../http/negotiate.ts';
import { ProblemError } from '../http/problem.ts';
import { bomParam, csvContent, noQuery, problemResponses as p } from '../http/responses.ts';
import { changesMarkdown } from '../releases/changes-markdown.ts';
import type { ReleaseLibrary } from '../releases/library.ts';
import { datasetsZip } from './zip.ts';

const catalogueEntry = z.object({
  name: z.string(),
  title_en: z.string(),
  title_zh: z.string(),
  description_en: z.string(),
  description_zh: z.string(),
  rows: z.number().int(),
  csv: z.string().describe('Path of the whole table as CSV.'),
  columns: z.array(
    z.object({ name: z.string(), type: z.string(), description: z.string(), description_zh: z.string() }),
  ),
});

const catalogue = createRoute({
  method: 'get',
  path: '/v1/datasets',
  summary: 'Catalogue of the datasets',
  operationId: 'listDatasets',
  description: 'Each table with its row count, CSV link and column dictionary.',
  tags: ['datasets'],
  responses: {
    200: {
      description: 'The catalogue.',
      content: {
        'application/json': {
          schema: z.object({
            datasets: z.array(catalogueEntry),
            zip: z.string(),
            datapackage: z.string(),
            version: z.string().nullable().describe('Hash of the dataset served.'),
          }),
        },
      },
    },
    ...p.notAcceptable,
    ...p.unavailable,
  },
});

const tableCsv = createRoute({
  method: 'get',
  path: '/v1/datasets/{file}',
  summary: 'One whole table as CSV',
  operationId: 'getDatasetCsv',
  description: `Streamed with constant memory. \`file\` is the table name with .csv: ${tableNames.map((n) => `${n}.csv`).join(', ')}.`,
  tags: ['datasets'],
  request: {
    params: z.object({ file: z.string().describe('e.g. figures.csv') }),
    query: z.object({ bom: bomParam }).strict(),
  },
  responses: { 200: { description: 'The CSV.', content: csvContent }, ...p.badRequest, ...p.notFound, ...p.downloadUnavailable },
});

const zip = createRoute({
  method: 'get',
  path: '/v1/datasets.zip',
  summary: 'Every CSV, datapackage.json and a README on how to cite, as one ZIP',
  operationId: 'getDatasetsZip',
  tags: ['datasets'],
  request: { query: noQuery },
  responses: {
    200: { description: 'The archive.', content: { 'application/zip': { schema: z.string().describe('ZIP archive') } } },
    ...p.badRequest,
    ...p.downloadUnavailable,
  },
});

const datapackage = createRoute({
  method: 'get',
  path: '/v1/datapackage.json',
  summary: 'Frictionless Data Package describing every CSV',
  operationId: 'getDataPackage',
  tags: ['datasets'],
  request: { query: noQuery },
  responses: {
    200: { description: 'The data package.', content: { 'application/json': { schema: z.looseObject({}) } } },
    ...p.badRequest,
    ...p.unavailable,
  },
});

function tableFromFile(file: string): TableName {
  const name = file.endsWith('.csv') ? file.slice(0, -'.csv'.length) : null;
  if (name !== null && (tableNames as string[]).includes(name)) return name as TableName;
  throw new ProblemError(404, `no dataset "${file}"; available: ${tableNames.map((n) => `${n}.csv`).join(', ')}`);
}

/** Seconds a client refused for want of a download slot is told to wait. */
const DOWNLOAD_RETRY_SECONDS = 10;

/** Every download slot taken and others waiting: a 503 at once says when to come back, rather than a 200 that stalls. */
function refuseWhenDownloadsFull(db: Database): void {
  const slots = downloadSlots(db);
  if (!slots?.full) return;
  throw new ProblemError(
    503,
    `all ${slots.max} download connections of this server are in use; retry in ${DOWNLOAD_RETRY_SECONDS} s`,
    { type: '/docs#problem-busy', title: 'Too many downloads at once' },
    { 'Retry-After': String(DOWNLOAD_RETRY_SECONDS) },
  );
}

export function registerDatasetRoutes(app: App, db: Database, library: ReleaseLibrary): void {
  app.openapi(catalogue, async (c) => {
    negotiateFormat(undefined, c.req.header('accept'), ['json']);
    const [rows, version] = await Promise.all([countRows(db), datasetVersion(db)]);
    const datasets = tableNames.map((name) => ({
      name,
      ...tableDocs[name],
      rows: rows[name],
      csv: `/v1/datasets/${name}.csv`,
      columns: tableSchema(name).fields.map(({ name: column, type, description, description_zh }) => ({
        name: column,
        type,
        description,
        description_zh,
      })),
    }));
    return c.json({ datasets, zip: '/v1/datasets.zip', datapackage: '/v1/datapackage.json', version }, 200);
  });

  app.openapi(tableCsv, async (c) => {
    const name = tableFromFile(c.req.valid('param').file);
    const { bom } = c.req.valid('query');
    refuseWhenDownloadsFull(db);
    await datasetVersion(db); // fails fast (503) before the 200 starts when the database is down
    return csvResponse(c, tableCsvStream(db, name, { bom: bom === '1' }), `${name}.csv`);
  });

  app.openapi(zip, async (c) => {
    refuseWhenDownloadsFull(db);
    const [release, sources] = await Promise.all([latestRelease(db), allSources(db)]);
    const entry = release ? library.find(release.version) : null;
    const names = entry ? new Map(library.dataAt(entry.release.version).entities.map((e) => [e.id, String(e.name_en)])) : new Map<string, string>();
    const archive = datasetsZip({
      release,
      url: new URL(release ? `/v1/releases/${release.version}/datasets.zip` : c.req.path, c.req.url).toString(),
      sources,
      table: (name) => tableCsvStream(db, name),
      changes: async () => (entry ? changesMarkdown(entry.release, entry.changes, (id) => names.get(id) ?? id) : null),
    });
    return c.body(streamBody(c, archive, 'zip'), 200, {
      'Content-Type': 'application/zip',
      'Content-Disposition': 'attachment; filename="china-ai-watch-datasets.zip"',
    });
  });

  app.openapi(datapackage, async (c) => {
    const [sources, release] = await Promise.all([allSources(db), latestRelease(db)]);
    const cite = release && { release, url: new URL(`/v1/releases/${release.version}/datasets.zip`, c.req.url).toString() };
    return c.json(buildDataPackage(sources, {}, cite), 200);
  });
}
