import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Server, SSRManifest } from '@sveltejs/kit';

export interface Rendered {
  status: number;
  bytes: number;
}

const base = 'http://127.0.0.1:3999';

/**
 * SvelteKit's server from the dashboard's build, in this process: a page is answered as a request
 * would be — hooks, loads, SSR — without HTTP and without any cache in front. The dashboard reads
 * its database from the process (`provideSharedDb`), so provide it before asking.
 */
export async function dashboardKit(): Promise<(path: string) => Promise<Response>> {
  const handler = createRequire(import.meta.url).resolve('@aiwatch/dashboard/handler');
  const build = join(dirname(dirname(handler)), 'build');
  const { Server: KitServer } = (await import(pathToFileURL(join(build, 'kit', 'index.js')).href)) as { Server: typeof Server };
  const { manifest } = (await import(pathToFileURL(join(build, 'kit', 'manifest.js')).href)) as { manifest: SSRManifest };
  const kit = new KitServer(manifest);
  await kit.init({ env: { ...(process.env as Record<string, string>), PUBLIC_URL: base, API_PUBLIC_URL: 'http://127.0.0.1:3998' } });
  return (path) => kit.respond(new Request(`${base}${path}`), { getClientAddress: () => '127.0.0.1' });
}

/** A page's status and size, rendered by `dashboardKit`. */
export async function dashboardRenderer(): Promise<(path: string) => Promise<Rendered>> {
  const respond = await dashboardKit();
  return async (path) => {
    const res = await respond(path);
    const body = await res.arrayBuffer();
    return { status: res.status, bytes: body.byteLength };
  };
}
