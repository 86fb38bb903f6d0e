/**
 * `npm start` (builds the dashboard if needed, then serves it and the API) on a fresh embedded
 * database and ports of its own (3390, 8890), clear of other servers people run on this machine.
 * `env` adds to or overrides the server's settings (say, DATABASE_URL and SERVE=dashboard).
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { setTimeout as sleep } from 'node:timers/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../..', import.meta.url));
const PORT = 3390;
const API_PORT = 8890;

export interface DashboardServer {
  base: string;
  /** The API's base URL, when it runs in the same process (SERVE=all, the default). */
  api: string;
  stop(): Promise<void>;
}

export async function startDashboardServer(env: Record<string, string> = {}, readyTimeoutMs = 240_000): Promise<DashboardServer> {
  const dataDir = mkdtempSync(join(tmpdir(), 'aiwatch-bench-'));
  // Its own process group: npm, the shell and tsx all stop with one signal.
  const server = spawn('npm', ['start'], {
    cwd: root,
    detached: true,
    stdio: ['ignore', 'pipe', 'inherit'],
    env: {
      ...process.env,
      PORT: String(PORT),
      API_PORT: String(API_PORT),
      LOG_LEVEL: 'warn',
      PGLITE_DIR: dataDir,
      ...env,
    },
  });
  const signal = (name: NodeJS.Signals | 0) => {
    try {
      process.kill(-server.pid!, name);
      return true;
    } catch {
      return false; // the group is gone
    }
  };
  // In a group of its own, the server misses the terminal's Ctrl-C: pass it on.
  const interrupted = () => void stop().finally(() => process.exit(130));
  process.once('SIGINT', interrupted);
  const stop = async () => {
    process.off('SIGINT', interrupted);
    signal('SIGTERM');
    // npm exits at once; the server under it takes a moment to close the database and its lock.
    for (let waited = 0; signal(0) && waited < 10_000; waited += 100) await sleep(100);
    signal('SIGKILL');
    rmSync(dataDir, { recursive: true, force: true });
    rmSync(`${dataDir}.lock`, { force: true });
  };
  try {
    await new Promise<void>((resolve, reject) => {
      const done = (error?: Error) => {
        clearTimeout(timer);
        if (error) reject(error);
        else resolve();
      };
      const timer = setTimeout(
        () => done(new Error(`npm start printed no dashboard URL in ${readyTimeoutMs / 1000} s`)),
        readyTimeoutMs,
      );
      // Read until the URL line, then drain unread: the request log goes on as in production.
      let out = '';
      const read = (chunk: Buffer) => {
        out += chunk.toString();
        if (!/^dashboard:\s+http/m.test(out)) return;
        server.stdout!.off('data', read).resume();
        done();
      };
      server.stdout!.on('data', read);
      server.once('exit', (code) => done(new Error(`npm start exited with ${code}`)));
    });
  } catch (e) {
    await stop();
    throw e;
  }
  return { base: `http://127.0.0.1:${PORT}`, api: `http://127.0.0.1:${API_PORT}`, stop };
}
