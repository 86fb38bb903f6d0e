import type { OpenAPIHono } from '@hono/zod-openapi';
import type { RequestIdVariables } from 'hono/request-id';
import type { Logger } from './logger.ts';

/** What a request's context carries: its id, and the app's logger for what happens after the status is sent. */
export type AppEnv = { Variables: RequestIdVariables & { logger: Logger } };
export type App = OpenAPIHono<AppEnv>;
