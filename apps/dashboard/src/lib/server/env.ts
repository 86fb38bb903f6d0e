import { env } from '$env/dynamic/private';
// SvelteKit files variables named PUBLIC_* under the public environment.
import { env as publicEnv } from '$env/dynamic/public';
import { z } from 'zod';

/** The only place the dashboard reads its configuration (the database layer reads its own). */
const schema = z.object({
  /** Where readers reach the data API; links on the Data page point there. */
  API_PUBLIC_URL: z.url().default(`http://localhost:${env.API_PORT ?? '8787'}`),
  /** Where readers reach the dashboard: citations and links are built on it, never on a request's Host. */
  PUBLIC_URL: z.url({ protocol: /^https?$/ }).default(`http://localhost:${env.PORT ?? '3000'}`),
});

export const dashboardEnv = schema.parse({ ...env, PUBLIC_URL: publicEnv.PUBLIC_URL });

const publicUrl = new URL(dashboardEnv.PUBLIC_URL);

/** The origin readers reach the dashboard at. */
export const publicOrigin = publicUrl.origin;

/** `url` (a request's) as readers reach it: the configured public origin, the request's path. */
export function publicHref(url: URL): string {
  // Joined, not resolved: a path such as `//evil.example/x` must not become a host.
  return `${publicOrigin}${url.pathname}${url.search}`;
}

/** Cookies are Secure where readers reach the dashboard over HTTPS. */
export const secureCookies = publicUrl.protocol === 'https:';
