/**
 * `npm start`'s process as a user runs it, for HTTP-level tests of the served process: the
 * launcher (built dashboard + API over one database) on free ports and a database of its own.
 * The dashboard must be built (turbo builds it before this workspace's tests).
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const repoRoot = fileURLToPath(new URL('../../..', import.meta.url));
const launcherMain = join(repoRoot, 'apps/launcher/src/main.ts');

export interface LauncherProcess {
  child: ChildProcess;
  /** Everything the process has written so far. */
  output(): { stdout: string; stderr: string };
  /** Resolves with the exit code (or signal name) once the process has ended. */
  exited: Promise<number | string>;
}

export interface RunningLauncher extends LauncherProcess {
  dashboardUrl: string;
  apiUrl: string;
  /** Sends `signal` (SIGTERM by default) and waits for the process to end. */
  stop(signal?: NodeJS.Signals): Promise<number | string>;
}

/** Runs the TypeScript module `main` (through tsx) from the repository's root, its output kept. */
export function spawnMain(main: string, env: NodeJS.ProcessEnv): LauncherProcess {
  const child = spawn(process.execPath, ['--import', 'tsx', main], { cwd: repoRoot, env, stdio: ['ignore', 'pipe', 'pipe'] });
  let stdout = '';
  let stderr = '';
  child.stdout?.setEncoding('utf8').on('data', (d: string) => (stdout += d));
  child.stderr?.setEncoding('utf8').on('data', (d: string) => (stderr += d));
  const exited = new Promise<number | string>((resolve) =>
    child.once('exit', (code, signal) => resolve(code ?? signal ?? 'unknown')),
  );
  return { child, output: () => ({ stdout, stderr }), exited };
}

/** Spawns the launcher with `env` over the inherited environment; PORT/API_PORT 0 and a temp PGlite by default. */
export function spawnLauncher(env: Record<string, string | undefined> = {}): LauncherProcess {
  return spawnMain(launcherMain, {
    ...process.env,
    PORT: '0',
    API_PORT: '0',
    LOG_LEVEL: 'warn',
    PGLITE_DIR: mkdtempSync(join(tmpdir(), 'aiwatch-server-')),
    DATABASE_URL: undefined,
    ...env,
  });
}

/** Starts the launcher and resolves once both URLs are printed; rejects with its output if it exits first. */
export async function startLauncher(env: Record<string, string | undefined> = {}, timeoutMs = 120_000): Promise<RunningLauncher> {
  const proc = spawnLauncher(env);
  const urls = await new Promise<{ dashboardUrl: string; apiUrl: string }>((resolve, reject) => {
    const timer = setTimeout(() => fail(`did not start within ${timeoutMs} ms`), timeoutMs);
    const onData = () => {
      const { stdout } = proc.output();
      const dashboard = /^dashboard:\s+(\S+)/m.exec(stdout);
      const api = /^API:\s+(\S+)\/v1/m.exec(stdout);
      if (dashboard?.[1] && api?.[1]) {
        clearTimeout(timer);
        proc.child.stdout?.off('data', onData);
        resolve({ dashboardUrl: dashboard[1], apiUrl: api[1] });
      }
    };
    function fail(why: string) {
      clearTimeout(timer);
      proc.child.kill('SIGKILL');
      const { stdout, stderr } = proc.output();
      reject(new Error(`launcher ${why}\n--- stdout\n${stdout}\n--- stderr\n${stderr}`));
    }
    proc.child.stdout?.on('data', onData);
    void proc.exited.then((code) => fail(`exited (${code}) before serving`));
  });
  return {
    ...proc,
    ...urls,
    async stop(signal = 'SIGTERM') {
      if (proc.child.exitCode === null && proc.child.signalCode === null) proc.child.kill(signal);
      return proc.exited;
    },
  };
}
