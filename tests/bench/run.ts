/**
 * `npm run bench`: the serving goals of one machine in one run, each against a baseline measured
 * beside it — the API's JSON against a bare node:http server, every page against the same, the
 * CSV export against PostgreSQL's COPY, cost as the data grows, and what caches outside the
 * process are told; prints the report with a verdict per goal and writes results.md.
 * Env: BENCH_SECONDS (5), BENCH_ROWS (1000000; 100000 on PGlite), BENCH_DATABASE_URL, BENCH_LOG_LEVEL,
 * BENCH_PHASES (json,pages,csv,growth), BENCH_GROWTH_FACTORS (1,10,100), BENCH_CPU_PROF.
 */
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { stopAllChildren } from './children.ts';
import { readBenchConfig } from './config.ts';
import { runCsvPhase } from './csv-phase.ts';
import { openBenchDatabase, type BenchDatabase } from './database.ts';
import { judgeCaching, judgeCsv, judgeJson, judgePages } from './goals.ts';
import { runGrowthPhase, type GrowthPhase } from './growth-phase.ts';
import { runJsonPhase } from './json-bench.ts';
import { describeMachine } from './machine.ts';
import { runPagePhase } from './page-phase.ts';
import { renderReport } from './report.ts';

const config = readBenchConfig();
console.log(
  `bench: ${config.seconds} s per measurement, ${config.rows ?? 'default'} synthetic rows, database ${config.databaseUrl}`,
);
const started = performance.now();
const abort = new AbortController();

// Ctrl-C: stop the load and the exports, then let the finally blocks stop servers and drop the
// database. The same signal often arrives twice at once (the terminal signals the whole process
// group, and npm/turbo forward it too), so only a second Ctrl-C at least 2 s later, or cleanup
// hanging for 30 s, ends the processes the hard way.
let firstSignalAt = 0;
function onSignal(signal: NodeJS.Signals) {
  const hard = () => void stopAllChildren().finally(() => process.exit(130));
  if (firstSignalAt === 0) {
    firstSignalAt = Date.now();
    console.error(`\n${signal}: stopping the bench and cleaning up…`);
    abort.abort(new Error(`interrupted by ${signal}`));
    setTimeout(hard, 30_000).unref();
  } else if (Date.now() - firstSignalAt > 2000) {
    hard();
  }
}
process.on('SIGINT', onSignal);
process.on('SIGTERM', onSignal);

let db: BenchDatabase | null = null;
try {
  db = await openBenchDatabase(config.databaseUrl);
  const pgliteReason = db.kind === 'pglite' ? db.reason : null;
  if (pgliteReason)
    console.log(`${pgliteReason}: using in-memory PGlite; the COPY comparison is skipped`);
  const rows = config.rows ?? (db.kind === 'pglite' ? 100_000 : 1_000_000);
  const dbEnv = { BENCH_CHILD_DB: db.kind === 'postgres' ? db.url : 'memory' };

  const json = config.phases.has('json') ? await runJsonPhase(config, dbEnv, abort.signal) : { rows: [], database: '?' };
  // Before the CSV phase, which adds a million synthetic figures to the database.
  const pages = config.phases.has('pages')
    ? await runPagePhase(config, db.kind === 'postgres' ? db.url : null, abort.signal)
    : { rows: [], caching: [] };
  const growth: GrowthPhase | null =
    config.phases.has('growth') && db.kind === 'postgres'
      ? await runGrowthPhase({ serverUrl: config.databaseUrl, factors: config.growthFactors, cpuProfileDir: config.cpuProfileDir, signal: abort.signal, progress: (line) => console.log(line) })
      : null;
  const csv = config.phases.has('csv') ? await runCsvPhase(db, rows, config.logLevel, abort.signal) : [];

  const markdown = renderReport({
    date: new Date().toISOString(),
    wallSeconds: (performance.now() - started) / 1000,
    machine: describeMachine(),
    database: db.kind === 'postgres' ? db.version : json.database,
    databaseNote: pgliteReason ? `${pgliteReason}; no COPY comparison` : null,
    config,
    rows,
    json: json.rows,
    pages,
    csv,
    growth,
    goals: [
      judgeJson(json.rows),
      judgeCsv(csv, pgliteReason),
      judgePages(pages.rows),
      growth?.goal ?? { goal: 'Cost flat as data grows', measured: `not run: ${pgliteReason ?? 'not among BENCH_PHASES'}`, met: null },
      judgeCaching(pages.caching),
    ],
  });
  console.log(`\n${markdown}`);
  const out = fileURLToPath(new URL('results.md', import.meta.url));
  writeFileSync(out, markdown);
  console.log(`written to ${out}`);
} catch (e) {
  console.error(abort.signal.aborted ? String(abort.signal.reason) : e);
  process.exitCode = 1;
} finally {
  await stopAllChildren();
  if (db?.kind === 'postgres')
    await db.drop().catch((e: unknown) => console.error('could not drop the bench database:', e));
  process.off('SIGINT', onSignal);
  process.off('SIGTERM', onSignal);
}
