import { z } from 'zod';

/** The only place the API reads the environment (the database layer reads its own). */
const envSchema = z.object({
  API_PORT: z.coerce.number().int().min(0).max(65535).default(8787),
  API_HOST: z.string().min(1).default('127.0.0.1'),
  /** The API's public origin as clients reach it (`https://…` behind a proxy), for the OpenAPI document's server. */
  API_PUBLIC_URL: z.url({ protocol: /^https?$/, error: 'must be an http:// or https:// URL' }).optional(),
  LOG_LEVEL: z.enum(['debug', 'info', 'warn', 'error', 'silent']).default('info'),
  /** How long a shutdown waits for requests in flight before cutting them. */
  SHUTDOWN_TIMEOUT_MS: z.coerce.number().int().min(0).default(20_000),
});

export type ApiEnv = z.infer<typeof envSchema>;

export function readApiEnv(source: NodeJS.ProcessEnv = process.env): ApiEnv {
  const parsed = envSchema.safeParse(source);
  if (!parsed.success) {
    throw new Error(`invalid environment: ${parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`);
  }
  return parsed.data;
}
