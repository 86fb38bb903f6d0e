/**
 * `npm run bench` (second part; alone: `npx tsx bench/mixed-run.ts` in tests/): `npm start`'s one
 * process under a burst of page views. The API (JSON and a whole-table CSV) is loaded alone, then
 * again while as many connections load dashboard pages; the report gives the API's p99 and the
 * CSV's throughput in the mixed run as ratios of the API-alone run, measured minutes apart.
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

const server = await startDashboardServer();
try {
  // Warm both: the first page renders and the API's answer cache.
  await runLoad(`${server.base}/`, 4, 2, never, pagePaths);
  await runLoad(`${apiUrl}${jsonPath}`, 4, 2, never);
  console.log(`mixed load: API alone, ${seconds} s…`);
  const alone = await apiLoad();
  console.log(`mixed load: API with ${connections} connections on pages, ${seconds} s…`);
  const [mixed, pagesLoad] = await Promise.all([apiLoad(), runLoad(server.base, connections, seconds, never, pagePaths)]);
  const markdown = [
    '# Mixed load on `npm start` (one process: dashboard + API, embedded database)',
    '',
    `${new Date().toISOString()} · ${machine.cpu}, ${machine.cores} cores, Node ${machine.node} · ${seconds} s per run · ${connections} connections on the API`,
    `(JSON \`${jsonPath}\` and CSV \`${csvPath}\`, half each) and, in the mixed run, ${connections} more cycling through`,
    `the ${pagePaths.length} dashboard pages in both languages.`,
    '',
    '| | API alone | API + pages | mixed / alone |',
    '|---|---|---|---|',
    `| JSON p99 | ${ms(alone.json.p99)} | ${ms(mixed.json.p99)} | ${(mixed.json.p99 / alone.json.p99).toFixed(2)} |`,
    `| JSON p50 | ${ms(alone.json.p50)} | ${ms(mixed.json.p50)} | ${(mixed.json.p50 / alone.json.p50).toFixed(2)} |`,
    `| JSON throughput | ${rps(alone.json)} | ${rps(mixed.json)} | ${(mixed.json.rps / alone.json.rps).toFixed(2)} |`,
    `| CSV p99 | ${ms(alone.csv.p99)} | ${ms(mixed.csv.p99)} | ${(mixed.csv.p99 / alone.csv.p99).toFixed(2)} |`,
    `| CSV throughput | ${rps(alone.csv)} | ${rps(mixed.csv)} | ${(mixed.csv.rps / alone.csv.rps).toFixed(2)} |`,
    `| failures | JSON ${failures(alone.json)}; CSV ${failures(alone.csv)} | JSON ${failures(mixed.json)}; CSV ${failures(mixed.csv)} | |`,
    '',
    `Pages meanwhile: ${rps(pagesLoad)}, p50 ${ms(pagesLoad.p50)}, p99 ${ms(pagesLoad.p99)}, ${failures(pagesLoad)}.`,
    '',
  ].join('\n');
  console.log(markdown);
  writeFileSync(fileURLToPath(new URL('mixed-results.md', import.meta.url)), markdown);
} finally {
  await server.stop();
}
