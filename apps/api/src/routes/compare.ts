import { createRoute } from '@hono/zod-openapi';
import type { App } from '../http/app-env.ts';
import { z } from 'zod';
import { entitySchema, figureSchema, metricSchema } from '@aiwatch/data/schemas';
import { compareEntities, MAX_COMPARE, MIN_COMPARE, type Database } from '@aiwatch/db';
import { recordsCsvStream } from '@aiwatch/db/export';
import { csvResponse } from '../http/csv-response.ts';
import { negotiateFormat } from '../http/negotiate.ts';
import { ProblemError } from '../http/problem.ts';
import { bomParam, csvContent, formatParam, problemResponses as p } from '../http/responses.ts';
import { exampleComparison } from './examples.ts';

const slug = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

const compareQuery = z
  .object({
    entities: z
      .string({ error: (issue) => (issue.input === undefined ? `required — give ${MIN_COMPARE} to ${MAX_COMPARE} entity ids separated by commas, e.g. zhipu-ai,moonshot-ai` : undefined) })
      .describe(`${MIN_COMPARE} to ${MAX_COMPARE} entity ids, comma-separated, e.g. zhipu-ai,moonshot-ai.`)
      .transform((s) => s.split(',').map((id) => id.trim()))
      .refine((ids) => ids.every((id) => slug.test(id)), 'each id must look like "zhipu-ai", separated by commas')
      .refine((ids) => new Set(ids).size === ids.length, 'an id is repeated')
      .refine(
        (ids) => ids.length >= MIN_COMPARE && ids.length <= MAX_COMPARE,
        `give ${MIN_COMPARE} to ${MAX_COMPARE} ids`,
      ),
    format: formatParam,
    bom: bomParam,
  })
  .strict();

const comparisonSchema = z
  .object({
    entities: z.array(entitySchema),
    metrics: z.array(
      z.object({
        metric: metricSchema,
        cells: z.array(z.object({ entity_id: z.string(), figures: z.array(figureSchema) })),
      }),
    ),
    comparability: z
      .array(
        z.object({
          metric: z.string(),
          aspect: z.enum(['date', 'source', 'qualifier', 'period', 'missing']),
          entity_ids: z.array(z.string()),
          values: z.array(z.string().nullable()),
        }),
      )
      .describe('Where the aligned values differ in date, source, qualifier or period, or are missing.'),
  })
  .meta({ id: 'Comparison' });

const route = createRoute({
  method: 'get',
  path: '/v1/compare',
  summary: 'Compare entities side by side',
  description:
    'The metrics any of the entities has, aligned per entity with each value’s provenance, and the comparability notes the dashboard shows as warnings. As CSV (`?format=csv` or `Accept: text/csv`): the figures compared, metric by metric and entity by entity in the order asked, with the columns of figures.csv.',
  operationId: 'compareEntities',
  tags: ['compare'],
  request: { query: compareQuery },
  responses: {
    200: { description: 'The comparison.', content: { 'application/json': { schema: comparisonSchema, example: exampleComparison() }, ...csvContent } },
    ...p.badRequest,
    ...p.notFound,
    ...p.notAcceptable,
    ...p.unavailable,
  },
});

export function registerCompareRoute(app: App, db: Database): void {
  app.openapi(route, async (c) => {
    const { entities, format: asked, bom } = c.req.valid('query');
    const format = negotiateFormat(asked, c.req.header('accept'), ['json', 'csv']);
    const { missing, ...comparison } = await compareEntities(db, entities);
    if (missing.length > 0) {
      throw new ProblemError(404, `no entity has the id ${missing.map((m) => `"${m}"`).join(', ')}; list them at /v1/entities`);
    }
    if (format === 'json') return c.json(comparison, 200);
    const figures = comparison.metrics.flatMap((row) => row.cells.flatMap((cell) => cell.figures));
    const pages = (async function* () {
      yield figures;
    })();
    return csvResponse(c, recordsCsvStream('figures', pages, { bom: bom === '1' }), `compare_${entities.join('_')}.csv`);
  });
}
