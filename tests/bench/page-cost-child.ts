/**
 * One side of the page-cost bench, in a process of its own (the dashboard uses one database per
 * process): seeds an in-memory PGlite with the dataset `before` (no AI models) or `after` the
 * models import, then renders every page through SvelteKit's server from the dashboard's build —
 * no HTTP, no page cache — and prints each page's median render time and HTML size as JSON.
 */
import { dataset, type Dataset } from '@aiwatch/data';
import { createDb, provideSharedDb, seedDatabase } from '@aiwatch/db';
import { languages, localized, pages } from '../e2e/pages.ts';
import { dashboardRenderer } from './kit-render.ts';

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

const render = await dashboardRenderer();

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
      const res = await render(path);
      if (i > 0) times.push(performance.now() - started);
      bytes = res.bytes;
      status = res.status;
    }
    results.push({ page: p.name, path, status, ms: median(times), bytes });
  }
}
console.log(JSON.stringify({ variant, models: data.models.length, results }));
await handle.close();
process.exit(0);
