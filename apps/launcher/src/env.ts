import { z } from 'zod';

const port = z.coerce.number().int().min(0).max(65535);
const publicUrl = z.url({ protocol: /^https?$/, error: 'must be an http:// or https:// URL' });

/** The only place the launcher reads its environment. */
const schema = z
  .object({
    PORT: port.default(3000),
    HOST: z.string().min(1).default('127.0.0.1'),
    API_PORT: port.default(8787),
    /** Where the API listens; the dashboard's host unless set. */
    API_HOST: z.string().min(1).optional(),
    /** The dashboard's public origin, for the links and citations its pages carry; the listen address unless set. */
    PUBLIC_URL: publicUrl.optional(),
    /** The API's public URL, for the dashboard's links to it; the API's listen address unless set. */
    API_PUBLIC_URL: publicUrl.optional(),
    /** How long a shutdown waits for requests in flight before cutting them. */
    SHUTDOWN_TIMEOUT_MS: z.coerce.number().int().min(0).default(20_000),
    /** Pages rendered at once; the rest wait, so a burst of page views cannot starve the API. */
    RENDER_CONCURRENCY: z.coerce.number().int().min(1).max(64).default(2),
    LOG_LEVEL: z.enum(['debug', 'info', 'warn', 'error', 'silent']).default('info'),
    /** `all`: dashboard and API in this process; `dashboard`: the dashboard alone (the API runs elsewhere). */
    SERVE: z.enum(['all', 'dashboard']).default('all'),
  })
  .transform((env) => ({ ...env, API_HOST: env.API_HOST ?? env.HOST }));

export type LauncherEnv = z.infer<typeof schema>;

export function readLauncherEnv(source: NodeJS.ProcessEnv = process.env): LauncherEnv {
  const parsed = schema.safeParse(source);
  if (!parsed.success) {
    throw new Error(`invalid environment: ${parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`);
  }
  return parsed.data;
}
