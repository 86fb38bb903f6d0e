/**
 * One side of the page-cost bench, in a process of its own (the dashboard uses one database per
 * process): seeds an in-memory PGlite with the dataset `before` (no AI models) or `after` the
 * models import, then renders every page through SvelteKit's server from the dashboard's build —
 * no HTTP, no page cache — and prints each page's median render time and HTML size as JSON.
 */
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { createRequire } from 'node:module';
import { dirname } from 'node:path';
import type { Server, SSRManifest } from '@sveltejs/kit';
import { dataset, type Dataset } from '@aiwatch/data';
import { createDb, provideSharedDb, seedDatabase } from '@aiwatch/db';
import { languages, localized, pages } from '../e2e/pages.ts';

const variant = process.argv[2];
const RUNS = Number(process.env.PAGE_COST_RUNS ?? 7);
const data: Dataset =
  variant === 'before'
    ? { ...dataset, models: [], sources: dataset.sources.filter((s) => s.kind !== 'dataset') }
    : dataset;

const handle = await createDb({ pgliteDir: 'memory' });
await handle.migrate();
await seedDatabase(handle.db, data);
provideSharedDb(handle);

const build = join(dirname(dirname(createRequire(import.meta.url).resolve('@aiwatch/dashboard/handler'))), 'build');
const { Server: KitServer } = (await import(pathToFileURL(join(build, 'kit', 'index.js')).href)) as { Server: typeof Server };
const { manifest } = (await import(pathToFileURL(join(build, 'kit', 'manifest.js')).href)) as { manifest: SSRManifest };
const kit = new KitServer(manifest);
const base = 'http://127.0.0.1:3999';
await kit.init({ env: { ...(process.env as Record<string, string>), PUBLIC_URL: base, API_PUBLIC_URL: 'http://127.0.0.1:3998' } });

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const results = [];
for (const p of pages) {
  for (const lang of languages) {
    const path = localized(lang.prefix, p.path);
    const times: number[] = [];
    let bytes = 0;
    let status = 0;
    // The first render warms code paths and the database's caches; it is not counted.
    for (let i = 0; i <= RUNS; i++) {
      const started = performance.now();
      const res = await kit.respond(new Request(`${base}${path}`), { getClientAddress: () => '127.0.0.1' });
      const body = await res.arrayBuffer();
      if (i > 0) times.push(performance.now() - started);
      bytes = body.byteLength;
      status = res.status;
    }
    results.push({ page: p.name, path, status, ms: median(times), bytes });
  }
}
console.log(JSON.stringify({ variant, models: data.models.length, results }));
await handle.close();
process.exit(0);
