export const phaseNames = ['json', 'pages', 'csv', 'growth'] as const;
export type Phase = (typeof phaseNames)[number];

/** The only place the bench reads the environment. */
export interface BenchConfig {
  seconds: number;
  warmupSeconds: number;
  /** Synthetic figures for the CSV export; null = not set (PGlite then uses a smaller default). */
  rows: number | null;
  databaseUrl: string;
  logLevel: 'debug' | 'info' | 'warn' | 'error' | 'silent';
  connections: number[];
  /** A list, a record with what it embeds, and a comparison: the API's three kinds of answer. */
  targets: string[];
  /** Accept-Encoding values each target is measured with ('' = none: identity bodies). */
  encodings: string[];
  /** Which of run.ts's phases to run (BENCH_PHASES=json,pages,csv,growth; all by default). */
  phases: Set<Phase>;
  /** Sizes of the data the growth phase seeds, as multiples of the real dataset (BENCH_GROWTH_FACTORS=1,10,100). */
  growthFactors: number[];
  /** Where measuring processes write V8 CPU profiles (BENCH_CPU_PROF), if anywhere. */
  cpuProfileDir: string | null;
}

function positiveInt(name: string, fallback: number | null, max: number): number | null {
  const raw = process.env[name];
  if (raw === undefined || raw === '') return fallback;
  const n = Number(raw);
  if (!Number.isInteger(n) || n < 1 || n > max)
    throw new Error(`${name} must be a whole number from 1 to ${max}, got "${raw}"`);
  return n;
}

const loopback = new Set(['127.0.0.1', 'localhost', '[::1]']);

export function readBenchConfig(): BenchConfig {
  const databaseUrl = process.env.BENCH_DATABASE_URL || 'postgres://postgres@127.0.0.1:5432/test';
  // The bench creates and drops databases and floods servers: never point it at another machine.
  if (!loopback.has(new URL(databaseUrl).hostname))
    throw new Error('BENCH_DATABASE_URL must name a server on 127.0.0.1');
  const logLevel = (process.env.BENCH_LOG_LEVEL || 'info') as BenchConfig['logLevel'];
  if (!['debug', 'info', 'warn', 'error', 'silent'].includes(logLevel))
    throw new Error('BENCH_LOG_LEVEL: debug|info|warn|error|silent');
  const seconds = positiveInt('BENCH_SECONDS', 5, 600) ?? 5;
  const phases = (process.env.BENCH_PHASES || phaseNames.join(',')).split(',').map((p) => p.trim());
  if (phases.some((p) => !(phaseNames as readonly string[]).includes(p))) throw new Error(`BENCH_PHASES: a list of ${phaseNames.join(', ')}`);
  const growthFactors = (process.env.BENCH_GROWTH_FACTORS || '1,10,100').split(',').map(Number);
  if (growthFactors.some((f) => !Number.isInteger(f) || f < 1 || f > 1000))
    throw new Error('BENCH_GROWTH_FACTORS: a list of whole numbers from 1 to 1000');
  return {
    seconds,
    warmupSeconds: Math.min(2, seconds),
    rows: positiveInt('BENCH_ROWS', null, 20_000_000),
    databaseUrl,
    logLevel,
    connections: [1, 10, 100],
    targets: ['/v1/figures', '/v1/entities/zhipu-ai', '/v1/compare?entities=zhipu-ai,moonshot-ai'],
    // What every browser sends, and nothing.
    encodings: ['', 'br, gzip'],
    phases: new Set(phases as Phase[]),
    growthFactors,
    cpuProfileDir: process.env.BENCH_CPU_PROF || null,
  };
}
