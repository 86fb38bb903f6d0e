import { env } from '$env/dynamic/private';
import { z } from 'zod';

/** The only place the dashboard reads its environment (the database layer reads its own). */
const schema = z.object({
  /** Where readers reach the data API; links on the Data page point there. */
  API_PUBLIC_URL: z.url().default(`http://localhost:${env.API_PORT ?? '8787'}`),
});

export const dashboardEnv = schema.parse(env);
