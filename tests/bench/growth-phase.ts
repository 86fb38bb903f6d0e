/**
 * Cost as the data grows (#13): for each factor, a fresh PostgreSQL database seeded with the real
 * dataset and factor − 1 synthetic copies of it, then every page in both languages and every API
 * list measured in a process of its own (growth-child.ts).
 */
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { createDb, seedDatabase } from '@aiwatch/db';
import { createEmptyDatabase } from './database.ts';
import { judgeGrowth } from './growth-goal.ts';
import type { GrowthJob, GrowthMessage } from './growth-child.ts';
import { growthTasks, type GrowthTask } from './growth-tasks.ts';
import type { Goal } from './goals.ts';
import { mb } from './memory.ts';
import { scaledDataset } from './scaled-dataset.ts';

export interface TaskResult extends GrowthTask {
  /** HTTP status of the last answer, or why there is none. */
  status: number | 'timeout' | 'crashed';
  bytes: number;
  /** Items in an API list's page (null for a page of the dashboard, or without an answer). */
  items: number | null;
  /** Milliseconds of each counted answer. */
  samples: number[];
}

export interface GrowthStep {
  factor: number;
  /** Records in the seeded dataset, all tables. */
  records: number;
  /** migrate excluded; validation, hashing, inserts and ANALYZE included. */
  seedSeconds: number;
  /** Peak RSS (VmHWM) of the measuring process, the largest over its restarts. */
  peakMb: number;
  /** Measuring processes started: one, plus one after each task that timed out or crashed. */
  processes: number;
  results: TaskResult[];
}

export interface GrowthOptions {
  /** A PostgreSQL server on this machine; each factor gets a database of its own there, dropped after. */
  serverUrl: string;
  factors?: number[];
  /** Counted answers per task at each factor (at most; see budgetMs). */
  runsAt?: (factor: number) => number;
  /** A task stops repeating once its counted answers took this long. */
  budgetMs?: number;
  /** A task (or a process's start) that takes longer is ended and reported as `timeout`. */
  taskTimeoutMs?: number;
  /** Where each measuring process writes a V8 CPU profile (node --cpu-prof). */
  cpuProfileDir?: string | null;
  signal?: AbortSignal;
  progress?: (line: string) => void;
}

export interface GrowthPhase {
  steps: GrowthStep[];
  goal: Goal;
}

const childScript = fileURLToPath(new URL('./growth-child.ts', import.meta.url));

type ChildEnd = { kind: 'done' } | { kind: 'stuck'; task: number; why: 'timeout' | 'crashed' };

/** Runs one measuring process over `job.tasks`; says which task it got stuck on, if any. */
function runChild(job: GrowthJob, options: GrowthOptions, timeoutMs: number, onResult: (m: Extract<GrowthMessage, { type: 'result' }>) => void): Promise<ChildEnd> {
  const profile = options.cpuProfileDir ? ['--cpu-prof', `--cpu-prof-dir=${options.cpuProfileDir}`] : [];
  // The child's stdout (the dashboard's error log) goes to our stderr, apart from the report.
  const child = spawn(process.execPath, [...profile, '--import', 'tsx', childScript, JSON.stringify(job)], {
    env: { ...process.env, LOG_LEVEL: 'error' },
    stdio: ['ignore', 2, 'inherit', 'ipc'],
  });
  let ready = false;
  let reported = 0;
  return new Promise((resolve, reject) => {
    let timer: NodeJS.Timeout;
    const finish = (end: ChildEnd | Error) => {
      clearTimeout(timer);
      options.signal?.removeEventListener('abort', abort);
      child.removeAllListeners();
      if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
      if (end instanceof Error) reject(end);
      else resolve(end);
    };
    const stuck = (why: 'timeout' | 'crashed') => {
      if (!ready) finish(new Error(`the measuring process did not start (${why})`));
      else finish({ kind: 'stuck', task: job.tasks[reported]!, why });
    };
    const arm = () => {
      clearTimeout(timer);
      timer = setTimeout(() => stuck('timeout'), timeoutMs);
    };
    const abort = () => finish(options.signal?.reason instanceof Error ? options.signal.reason : new Error('aborted'));
    options.signal?.addEventListener('abort', abort);
    arm();
    child.on('message', (m: GrowthMessage) => {
      arm();
      if (m.type === 'ready') ready = true;
      else {
        reported++;
        onResult(m);
      }
    });
    child.on('error', (e) => finish(e));
    child.on('exit', () => {
      if (reported === job.tasks.length) finish({ kind: 'done' });
      else stuck('crashed');
    });
  });
}

/** Every task once at least, restarting the process past a task that hangs or kills it. */
async function measure(databaseUrl: string, factor: number, options: GrowthOptions) {
  const results = new Map<number, TaskResult>();
  let peakKb = 0;
  let processes = 0;
  const runs = options.runsAt?.(factor) ?? (factor >= 100 ? 5 : 10);
  while (results.size < growthTasks.length) {
    const tasks = growthTasks.map((_, i) => i).filter((i) => !results.has(i));
    processes++;
    const end = await runChild({ databaseUrl, tasks, runs, budgetMs: options.budgetMs ?? 3000 }, options, options.taskTimeoutMs ?? 30_000, (m) => {
      results.set(m.task, { ...growthTasks[m.task]!, status: m.status, bytes: m.bytes, items: m.items, samples: m.samples });
      peakKb = Math.max(peakKb, m.hwmKb);
      options.progress?.(`  ×${factor} ${growthTasks[m.task]!.path}: ${m.status}, ${m.samples.length} × ~${Math.round(m.samples[0] ?? 0)} ms`);
    });
    if (end.kind === 'stuck') {
      results.set(end.task, { ...growthTasks[end.task]!, status: end.why, bytes: 0, items: null, samples: [] });
      options.progress?.(`  ×${factor} ${growthTasks[end.task]!.path}: ${end.why}`);
    }
  }
  return { results: growthTasks.map((_, i) => results.get(i)!), peakMb: mb(peakKb), processes };
}

/** Seeds a fresh database with the data at `factor` and measures it. */
async function growthStep(factor: number, options: GrowthOptions): Promise<GrowthStep> {
  const database = await createEmptyDatabase(options.serverUrl);
  try {
    const handle = await createDb({ databaseUrl: database.url });
    let seedSeconds: number;
    let records: number;
    try {
      await handle.migrate();
      const data = scaledDataset(factor);
      records = Object.values(data).reduce((n, rows) => n + rows.length, 0);
      const started = performance.now();
      await seedDatabase(handle.db, data);
      seedSeconds = (performance.now() - started) / 1000;
    } finally {
      await handle.close();
    }
    options.progress?.(`×${factor}: ${records.toLocaleString('en')} records seeded in ${seedSeconds.toFixed(1)} s`);
    return { factor, records, seedSeconds, ...(await measure(database.url, factor, options)) };
  } finally {
    await database.drop();
  }
}

export async function runGrowthPhase(options: GrowthOptions): Promise<GrowthPhase> {
  const steps: GrowthStep[] = [];
  for (const factor of options.factors ?? [1, 10, 100]) steps.push(await growthStep(factor, options));
  return { steps, goal: judgeGrowth(steps) };
}
