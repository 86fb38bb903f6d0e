/**
 * The API's own process (`apps/api/src/main.ts`), as an operator scales it out: one of many
 * stateless processes over one PostgreSQL database, each on a free port.
 */
import type { ChildProcess } from 'node:child_process';
import { join } from 'node:path';
import { repoRoot, spawnMain } from './launcher.ts';

const apiMain = join(repoRoot, 'apps/api/src/main.ts');

export interface RunningApi {
  child: ChildProcess;
  /** Origin the process listens on (no `/v1`). */
  url: string;
  output(): { stdout: string; stderr: string };
  /** Sends SIGTERM (unless the process has already ended) and waits for it to end. */
  stop(): Promise<number | string>;
}

/**
 * Spawns the API with `env` over the inherited environment (API_PORT 0, API_HOST 127.0.0.1) and
 * resolves once it prints its URL; rejects with its output if it exits first or takes too long.
 */
export function startApi(
  env: Record<string, string | undefined>,
  timeoutMs = 120_000,
): Promise<RunningApi> {
  const { child, output, exited } = spawnMain(apiMain, { ...process.env, API_PORT: '0', API_HOST: '127.0.0.1', LOG_LEVEL: 'info', ...env });
  const stop = async () => {
    if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM');
    return exited;
  };
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => fail(`did not start within ${timeoutMs} ms`), timeoutMs);
    let settled = false;
    const onData = () => {
      const match = /^API:\s+(\S+)\/v1/m.exec(output().stdout);
      if (!match?.[1] || settled) return;
      settled = true;
      clearTimeout(timer);
      child.stdout?.off('data', onData);
      resolve({ child, url: match[1], output, stop });
    };
    function fail(why: string) {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      child.kill('SIGKILL');
      reject(
        new Error(`API process ${child.pid} ${why}\n--- stdout\n${output().stdout}\n--- stderr\n${output().stderr}`),
      );
    }
    child.stdout?.on('data', onData);
    void exited.then((code) => fail(`exited (${code}) before serving`));
  });
}
