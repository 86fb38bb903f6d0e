import { createRoute } from '@hono/zod-openapi';
import { z } from 'zod';
import type { App } from '../http/app-env.ts';
import { negotiateFormat } from '../http/negotiate.ts';
import { problemResponses as p } from '../http/responses.ts';
import { collections } from './collections.ts';

const link = z.object({ name: z.string(), href: z.string(), description: z.string() });
const index = z.object({
  name: z.string(),
  docs: z.string().describe('The readable documentation.'),
  openapi: z.string().describe('The OpenAPI 3.1 document.'),
  collections: z.array(link).describe('Each list, with filters, JSON or CSV; `{href}/{id}` for one record.'),
  downloads: z.array(link).describe('The catalogue, the data package and every table at once.'),
});

/** Where everything is; also the example the OpenAPI document shows. */
const apiIndex = {
  name: 'China AI Watch data API, version 1',
  docs: '/docs',
  openapi: '/v1/openapi.json',
  collections: [
    ...collections.map((s) => ({ name: s.name, href: `/v1/${s.name}`, description: `Every ${s.noun}, filtered and paged.` })),
    { name: 'compare', href: '/v1/compare?entities=zhipu-ai,moonshot-ai', description: '2–6 entities side by side.' },
  ],
  downloads: [
    { name: 'datasets', href: '/v1/datasets', description: 'The catalogue: each table with its rows, CSV link and columns.' },
    { name: 'datapackage', href: '/v1/datapackage.json', description: 'The Frictionless Data Package describing every CSV.' },
    { name: 'zip', href: '/v1/datasets.zip', description: 'Every CSV, the data package and a README on how to cite.' },
  ],
};

const route = createRoute({
  method: 'get',
  path: '/v1',
  summary: 'Index of the API',
  description: 'Where everything is: the collections, the downloads and the documentation. The README gives this as the API’s address.',
  operationId: 'getApiIndex',
  tags: ['index'],
  responses: {
    200: { description: 'The index.', content: { 'application/json': { schema: index, example: apiIndex } } },
    ...p.notAcceptable,
  },
});

/** `GET /v1`: the API's own address answers with a map of it, not a 404. */
export function registerApiIndex(app: App): void {
  app.openapi(route, (c) => {
    negotiateFormat(undefined, c.req.header('accept'), ['json']);
    return c.json(apiIndex, 200);
  });
}
