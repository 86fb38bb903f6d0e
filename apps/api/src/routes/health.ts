import { createRoute } from '@hono/zod-openapi';
import type { App } from '../http/app-env.ts';
import { z } from 'zod';
import { datasetVersion, type Database } from '@aiwatch/db';
import { noQuery, problemResponses as p } from '../http/responses.ts';

const status = z.object({ status: z.literal('ok'), dataset: z.string().nullable().optional() });

const healthz = createRoute({
  method: 'get',
  path: '/healthz',
  summary: 'The process is up',
  operationId: 'getHealth',
  tags: ['health'],
  request: { query: noQuery },
  responses: { 200: { description: 'Up.', content: { 'application/json': { schema: status, example: { status: 'ok' } } } }, ...p.badRequest },
});

const readyz = createRoute({
  method: 'get',
  path: '/readyz',
  summary: 'The database answers',
  operationId: 'getReadiness',
  tags: ['health'],
  request: { query: noQuery },
  responses: {
    200: {
      description: 'Ready, with the version of the dataset served.',
      content: { 'application/json': { schema: status, example: { status: 'ok', dataset: '3f9c2a7e1b5d4c8f9a0b6e2d7c1f5a3b8e4d9c0f2a6b1e7d3c5f8a9b0e2d4c6f' } } },
    },
    ...p.badRequest,
    ...p.unavailable,
  },
});

export function registerHealthRoutes(app: App, db: Database): void {
  app.openapi(healthz, (c) => c.json({ status: 'ok' as const }, 200, { 'Cache-Control': 'no-store' }));
  app.openapi(readyz, async (c) =>
    c.json({ status: 'ok' as const, dataset: await datasetVersion(db) }, 200, { 'Cache-Control': 'no-store' }),
  );
}
