import { spawn, type ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';

export interface ReadyMessage {
  type: 'ready';
  url: string;
  /** What the child knows about its database, e.g. PGlite's `version()`. */
  database?: string;
}

export interface Child {
  pid: number;
  ready: ReadyMessage;
  stop(): Promise<void>;
}

const benchDir = fileURLToPath(new URL('.', import.meta.url));
// Every child still alive, so a signal handler can end them even when the normal path cannot.
const live = new Set<ChildProcess>();

function exited(child: ChildProcess, ms: number): Promise<boolean> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve(true);
  return new Promise((resolve) => {
    const timer = setTimeout(() => resolve(false), ms);
    child.once('exit', () => {
      clearTimeout(timer);
      resolve(true);
    });
  });
}

async function stopChild(child: ChildProcess): Promise<void> {
  if (child.exitCode === null && child.signalCode === null) {
    child.kill('SIGTERM');
    if (!(await exited(child, 5000))) {
      child.kill('SIGKILL');
      await exited(child, 5000);
    }
  }
  live.delete(child);
}

/**
 * Runs `script` (a .ts file beside this one) in its own Node process, so it has its own core,
 * event loop and measurable memory; resolves when it reports `ready` over IPC. Its stdout (the
 * API's request log) goes to /dev/null: written, as in production, but not read by the bench.
 */
export function startChild(
  script: string,
  env: Record<string, string>,
  readyTimeoutMs: number,
): Promise<Child> {
  // BENCH_CPU_PROF=<dir>: each child writes a V8 CPU profile there on exit (to see where time goes).
  const profile = process.env.BENCH_CPU_PROF
    ? ['--cpu-prof', `--cpu-prof-dir=${process.env.BENCH_CPU_PROF}`]
    : [];
  const child = spawn(process.execPath, [...profile, '--import', 'tsx', `${benchDir}${script}`], {
    cwd: benchDir,
    env: { ...process.env, ...env },
    stdio: ['ignore', 'ignore', 'inherit', 'ipc'],
  });
  live.add(child);
  return new Promise((resolve, reject) => {
    const fail = (why: string) => {
      clearTimeout(timer);
      void stopChild(child).then(() => reject(new Error(`${script}: ${why}`)));
    };
    const timer = setTimeout(
      () => fail(`not ready within ${readyTimeoutMs / 1000} s`),
      readyTimeoutMs,
    );
    child.once('exit', (code, signal) => fail(`exited before it was ready (${code ?? signal})`));
    child.once('error', (e) => fail(e.message));
    child.on('message', (m: ReadyMessage) => {
      if (m?.type !== 'ready') return;
      clearTimeout(timer);
      child.removeAllListeners('exit');
      resolve({ pid: child.pid ?? -1, ready: m, stop: () => stopChild(child) });
    });
  });
}

/** Ends every child at once: the SIGINT path, where waiting politely is no longer the point. */
export async function stopAllChildren(): Promise<void> {
  await Promise.all([...live].map(stopChild));
}

/** In a child: report readiness, and stop when told to or when the bench itself goes away. */
export function childReady(message: ReadyMessage, stop: () => Promise<void>): void {
  let stopping = false;
  const end = () => {
    if (stopping) return;
    stopping = true;
    // Bounded: a shutdown that hangs (a stuck stream) must not outlive the bench.
    setTimeout(() => process.exit(1), 5000).unref();
    void stop().finally(() => process.exit(0));
  };
  process.on('SIGTERM', end);
  process.on('SIGINT', end);
  process.on('disconnect', end);
  process.send?.(message);
}
