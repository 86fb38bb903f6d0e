/**
 * Child of the growth phase (growth-phase.ts), over one database as the dashboard has one per
 * process: renders pages through SvelteKit's server and calls API lists through the API's app,
 * in process, each a few times, and reports each one's status, size and times over IPC.
 */
import { cachedVersion, createApp } from '@aiwatch/api';
import { createDb, provideSharedDb } from '@aiwatch/db';
import { growthTasks } from './growth-tasks.ts';
import { dashboardRenderer, type Rendered } from './kit-render.ts';
import { readRss } from './memory.ts';

export interface GrowthJob {
  databaseUrl: string;
  /** Indexes into growthTasks, measured in this order. */
  tasks: number[];
  /** Counted answers per task at most, after one uncounted warm-up. */
  runs: number;
  /** No further counted answer once the counted ones took this long (there is always one). */
  budgetMs: number;
}

export type GrowthMessage =
  | { type: 'ready' }
  | { type: 'result'; task: number; status: number; bytes: number; items: number | null; samples: number[]; hwmKb: number };

/** An API answer keeps its body, to count its items once the timing is done. */
type Answer = Rendered & { body?: string };

const send = (message: GrowthMessage) => new Promise<void>((resolve) => process.send!(message, () => resolve()));

const job = JSON.parse(process.argv[2] ?? '') as GrowthJob;
const handle = await createDb({ databaseUrl: job.databaseUrl });
provideSharedDb(handle);
const render = await dashboardRenderer();
// A new dataset version at every request, so the API's response cache never answers: each
// request reads the tables, as the first request after a release does.
let versions = 0;
const api = createApp({ db: handle.db, version: cachedVersion(() => Promise.resolve(String(++versions)), 0) });
const call = async (path: string): Promise<Answer> => {
  const res = await api.request(path);
  const body = await res.text();
  return { status: res.status, bytes: Buffer.byteLength(body), body };
};

await send({ type: 'ready' });
for (const task of job.tasks) {
  const { kind, path } = growthTasks[task]!;
  const answer = kind === 'page' ? render : call;
  // The first answer warms code paths and the database's caches; it is not counted.
  let last: Answer = await answer(path);
  const samples: number[] = [];
  for (let spent = 0; samples.length < job.runs && (samples.length === 0 || spent < job.budgetMs); ) {
    const started = performance.now();
    last = await answer(path);
    const ms = performance.now() - started;
    samples.push(ms);
    spent += ms;
  }
  const items = last.body !== undefined && last.status === 200 ? (JSON.parse(last.body) as { items: unknown[] }).items.length : null;
  await send({ type: 'result', task, status: last.status, bytes: last.bytes, items, samples, hwmKb: readRss(process.pid)?.hwmKb ?? Number.NaN });
}
await handle.close();
process.exit(0);
