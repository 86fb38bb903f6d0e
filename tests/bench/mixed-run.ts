/**
 * `npm run bench` (second part; alone: `npx tsx bench/mixed-run.ts` in tests/): `npm start`'s one
 * process under a burst of page views. The API (JSON and a whole-table CSV) is loaded alone, then
 * again while as many connections load dashboard pages (the same pages, then pages no cache
 * holds); the report gives the API's latency and throughput in the mixed runs as ratios of the
 * API-alone run, measured a minute apart.
 * Env: BENCH_MIXED_SECONDS (30), BENCH_MIXED_CONNECTIONS (50 on pages, 50 on the API).
 */
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { languages, localized, pages } from '../e2e/pages.ts';
import { startDashboardServer } from './dashboard-server.ts';
import { runLoad, type LoadResult } from './http-bench.ts';
import { describeMachine } from './machine.ts';

const machine = describeMachine();

const seconds = Number(process.env.BENCH_MIXED_SECONDS || 30);
const connections = Number(process.env.BENCH_MIXED_CONNECTIONS || 50);
const apiUrl = 'http://127.0.0.1:8890';
const jsonPath = '/v1/figures';
const csvPath = '/v1/datasets/relations.csv';
const pagePaths = pages.flatMap((p) => languages.map((l) => localized(l.prefix, p.path)));
const never = new AbortController().signal;

interface ApiLoad {
  json: LoadResult;
  csv: LoadResult;
}

/** Half the API connections on JSON, half on the CSV, at once. */
async function apiLoad(): Promise<ApiLoad> {
  const [json, csv] = await Promise.all([
    runLoad(`${apiUrl}${jsonPath}`, Math.ceil(connections / 2), seconds, never),
    runLoad(`${apiUrl}${csvPath}`, Math.floor(connections / 2), seconds, never),
  ]);
  return { json, csv };
}

const ms = (n: number) => (Number.isFinite(n) ? `${n.toFixed(1)} ms` : '—');
const rps = (r: LoadResult) => `${r.rps.toFixed(1)}/s`;
const failures = (r: LoadResult) => `${r.errors} errors, ${r.non2xx} non-2xx`;
const perSecond = (n: number) => `${n.toFixed(1)}/s`;

const server = await startDashboardServer();
try {
  // Warm both: the first page renders and the API's answer cache.
  await runLoad(`${server.base}/`, 4, 2, never, pagePaths);
  await runLoad(`${apiUrl}${jsonPath}`, 4, 2, never);
  console.log(`mixed load: API alone, ${seconds} s…`);
  const alone = await apiLoad();
  console.log(`mixed load: API with ${connections} connections on pages, ${seconds} s…`);
  const [mixed, pagesLoad] = await Promise.all([apiLoad(), runLoad(server.base, connections, seconds, never, pagePaths)]);
  // The same, with every page URL new (`?v=<id>`): no cache can answer, every page is rendered.
  console.log(`mixed load: API with ${connections} connections on pages no cache holds, ${seconds} s…`);
  const uniquePaths = pagePaths.map((p) => `${p}?v=[<id>]`);
  const [uncached, uncachedPages] = await Promise.all([apiLoad(), runLoad(server.base, connections, seconds, never, uniquePaths)]);
  const row = (label: string, pick: (r: ApiLoad) => number, show: (n: number) => string) =>
    `| ${label} | ${show(pick(alone))} | ${show(pick(mixed))} | ${(pick(mixed) / pick(alone)).toFixed(2)} | ${show(pick(uncached))} | ${(pick(uncached) / pick(alone)).toFixed(2)} |`;
  const markdown = [
    '# Mixed load on `npm start` (one process: dashboard + API, embedded database)',
    '',
    `${new Date().toISOString()} · ${machine.cpu}, ${machine.cores} cores, Node ${machine.node} · ${seconds} s per run · ${connections} connections on the API`,
    `(JSON \`${jsonPath}\` and CSV \`${csvPath}\`, half each) and, in the mixed runs, ${connections} more cycling through`,
    `the ${pagePaths.length} dashboard pages in both languages: as readers ask for them, then each with a new \`?v=\``,
    'query, so that every page is rendered (the worst case: no cache can answer). Ratios are against the API alone.',
    '',
    '| | API alone | API + pages | ratio | API + pages no cache holds | ratio |',
    '|---|---|---|---|---|---|',
    row('JSON p99', (r) => r.json.p99, ms),
    row('JSON p50', (r) => r.json.p50, ms),
    row('JSON throughput', (r) => r.json.rps, perSecond),
    row('CSV p99', (r) => r.csv.p99, ms),
    row('CSV throughput', (r) => r.csv.rps, perSecond),
    `| failures | ${[alone, mixed, uncached].map((r) => `JSON ${failures(r.json)}; CSV ${failures(r.csv)}`).join(' | | ')} | |`,
    '',
    `Pages meanwhile: ${rps(pagesLoad)}, p50 ${ms(pagesLoad.p50)}, p99 ${ms(pagesLoad.p99)}, ${failures(pagesLoad)};`,
    `pages no cache holds: ${rps(uncachedPages)}, p50 ${ms(uncachedPages.p50)}, p99 ${ms(uncachedPages.p99)}, ${failures(uncachedPages)}.`,
    '',
  ].join('\n');
  console.log(markdown);
  writeFileSync(fileURLToPath(new URL('mixed-results.md', import.meta.url)), markdown);
} finally {
  await server.stop();
}
