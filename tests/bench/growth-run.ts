/**
 * The growth phase alone (`npx tsx bench/growth-run.ts` in tests/, the dashboard built): seeds
 * PostgreSQL with the data at ×1, ×10 and ×100 and prints, per page and API list, the server time
 * and size at each. Env: BENCH_DATABASE_URL (a server on 127.0.0.1), BENCH_GROWTH_FACTORS
 * (1,10,100), BENCH_CPU_PROF (a folder for each measuring process's CPU profile).
 */
import { readBenchConfig } from './config.ts';
import { runGrowthPhase } from './growth-phase.ts';
import { growthSection } from './growth-report.ts';
import { describeMachine } from './machine.ts';

const config = readBenchConfig();
const abort = new AbortController();
process.on('SIGINT', () => abort.abort(new Error('interrupted')));
const started = performance.now();
try {
  const phase = await runGrowthPhase({
    serverUrl: config.databaseUrl,
    factors: config.growthFactors,
    cpuProfileDir: config.cpuProfileDir,
    signal: abort.signal,
    progress: (line) => console.error(line),
  });
  const machine = describeMachine();
  const seconds = Math.round((performance.now() - started) / 1000);
  console.log(`# Cost as the data grows\n\n${machine.cores} cores (${machine.cpu}), Node ${machine.node}; the run took ${seconds} s.\n\n${growthSection(phase)}`);
} catch (e) {
  console.error(e);
  process.exitCode = 1;
}
