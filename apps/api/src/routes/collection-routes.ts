import { createRoute } from '@hono/zod-openapi';
import type { App } from '../http/app-env.ts';
import { z } from 'zod';
import { allPages, type Database } from '@aiwatch/db';
import { recordsCsvStream } from '@aiwatch/db/export';
import { csvResponse } from '../http/csv-response.ts';
import { linkHeader, nextPageUrl } from '../http/links.ts';
import { negotiateFormat } from '../http/negotiate.ts';
import { ProblemError } from '../http/problem.ts';
import { bomParam, csvContent, formatParam, problemResponses as p } from '../http/responses.ts';
import { collections, type CollectionSpec } from './collections.ts';
import { exampleDetail, examplePage } from './examples.ts';

// A CSV of a whole list is read from the database this many rows at a time.
const CSV_PAGE = 1000;

const idParam = z.object({
  id: z
    .string()
    .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be an id such as "zhipu-ai"')
    .describe('The record’s id.'),
});

function listRoute(spec: CollectionSpec) {
  return createRoute({
    method: 'get',
    path: `/v1/${spec.name}`,
    summary: `List ${spec.name}`,
    operationId: spec.operationIds.list,
    description: `Every ${spec.noun}, filtered, ${'`limit`'} at a time in a stable order; follow ${'`next`'} (or the Link header) for the next page. As CSV (\`?format=csv\` or \`Accept: text/csv\`) it streams every matching row unless \`limit\` is given.`,
    tags: [spec.name],
    request: { query: spec.filters.extend({ format: formatParam, bom: bomParam }).strict() },
    responses: {
      200: {
        description: `A page of ${spec.name}.`,
        content: {
          'application/json': {
            schema: z.object({
              items: z.array(spec.item),
              next_cursor: z.string().nullable().describe('Pass as `cursor` for the next page; null on the last.'),
              next: z.string().nullable().describe('URL of the next page; null on the last.'),
            }),
            example: examplePage(spec.name),
          },
          ...csvContent,
        },
      },
      ...p.badRequest,
      ...p.notAcceptable,
      ...p.unavailable,
    },
  });
}

function getRoute(spec: CollectionSpec) {
  return createRoute({
    method: 'get',
    path: `/v1/${spec.name}/{id}`,
    summary: `One ${spec.noun}`,
    operationId: spec.operationIds.get,
    description: `A ${spec.noun} by id${spec.detail === spec.item ? '' : ', with its related records embedded'}.`,
    tags: [spec.name],
    request: { params: idParam },
    responses: {
      200: { description: `The ${spec.noun}.`, content: { 'application/json': { schema: spec.detail, example: exampleDetail(spec.name) } } },
      ...p.badRequest,
      ...p.notFound,
      ...p.notAcceptable,
      ...p.unavailable,
    },
  });
}

export function registerCollectionRoutes(app: App, db: Database): void {
  for (const spec of collections) {
    app.openapi(listRoute(spec), async (c) => {
      const { format: asked, bom, ...filters } = c.req.valid('query') as Record<string, unknown> & {
        format?: 'json' | 'csv';
        bom?: '0' | '1';
      };
      const format = negotiateFormat(asked, c.req.header('accept'), ['json', 'csv']);
      if (format === 'json') {
        const page = await spec.list(db, filters);
        const next = page.next_cursor ? nextPageUrl(c, page.next_cursor) : null;
        return c.json({ items: page.items, next_cursor: page.next_cursor, next }, 200, linkHeader(next));
      }
      const wholeList = c.req.query('limit') === undefined;
      // The first page is read before the response starts, so a bad cursor or a database outage
      // still gets a proper status instead of a truncated 200.
      const first = await spec.list(db, wholeList ? { ...filters, limit: CSV_PAGE } : filters);
      const pages = (async function* () {
        yield first.items;
        if (wholeList && first.next_cursor) {
          yield* allPages((cursor) => spec.list(db, { ...filters, limit: CSV_PAGE, cursor }), first.next_cursor);
        }
      })();
      const next = !wholeList && first.next_cursor ? nextPageUrl(c, first.next_cursor) : null;
      return csvResponse(c, recordsCsvStream(spec.name, pages, { bom: bom === '1' }), `${spec.name}.csv`, linkHeader(next));
    });

    app.openapi(getRoute(spec), async (c) => {
      negotiateFormat(undefined, c.req.header('accept'), ['json']);
      const { id } = c.req.valid('param');
      const record = await spec.get(db, id);
      if (!record) throw new ProblemError(404, `no ${spec.noun} has the id "${id}"; list them at /v1/${spec.name}`);
      return c.json(record as object, 200);
    });
  }
}
