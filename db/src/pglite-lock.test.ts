import { readFileSync } from 'node:fs';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { spawn, type ChildProcess } from 'node:child_process';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DatabaseInUseError, lockPgliteDir, processStartTime } from './pglite-lock.ts';

/** Spawns `command` and resolves once it runs (its pid exists and /proc shows it). */
async function running(command: string, args: string[]): Promise<ChildProcess & { pid: number }> {
  const child = spawn(command, args, { stdio: 'ignore' });
  await new Promise((resolve, reject) => child.once('spawn', resolve).once('error', reject));
  return child as ChildProcess & { pid: number };
}

describe('lockPgliteDir', () => {
  let dir: string;
  const others: ChildProcess[] = [];
  beforeEach(async () => {
    dir = join(await mkdtemp(join(tmpdir(), 'aiwatch-lock-')), 'pglite');
  });
  afterEach(async () => {
    for (const child of others.splice(0)) child.kill('SIGKILL');
    await rm(join(dir, '..'), { recursive: true, force: true });
  });

  it('refuses a directory a live process holds, naming it', async () => {
    const other = await running(process.execPath, ['-e', 'setTimeout(() => {}, 10000)']);
    others.push(other);
    // A lock as an earlier version wrote it (the pid alone), held by a live Node process.
    await writeFile(`${dir}.lock`, String(other.pid));
    expect(() => lockPgliteDir(dir)).toThrow(DatabaseInUseError);
    expect(() => lockPgliteDir(dir)).toThrow(new RegExp(`in use by process ${other.pid}`));
  });

  it.skipIf(process.platform !== 'linux')(
    'refuses a lock whose pid and start time match a live process (Linux /proc)',
    async () => {
      const other = await running(process.execPath, ['-e', 'setTimeout(() => {}, 10000)']);
      others.push(other);
      await writeFile(
        `${dir}.lock`,
        JSON.stringify({ pid: other.pid, start: processStartTime(other.pid) }),
      );
      expect(() => lockPgliteDir(dir)).toThrow(new RegExp(`in use by process ${other.pid}`));
    },
  );

  it('takes over a lock left by a process that has ended, and releases it', async () => {
    const ended = spawn(process.execPath, ['-e', '0']);
    await new Promise((r) => ended.on('exit', r));
    await writeFile(`${dir}.lock`, String(ended.pid));
    const release = lockPgliteDir(dir);
    expect(JSON.parse(await readFile(`${dir}.lock`, 'utf8'))).toMatchObject({ pid: process.pid });
    release();
    await expect(readFile(`${dir}.lock`, 'utf8')).rejects.toThrow(/ENOENT/);
  });

  // The pid of a process that died without removing its lock is later given to another program;
  // that program's being alive must not block start-up until someone deletes the lock by hand.
  describe.skipIf(process.platform !== 'linux')(
    'a stale lock whose pid now belongs to an unrelated process (Linux /proc)',
    () => {
      it('takes over a pid-only lock when that pid runs something other than Node', async () => {
        const unrelated = await running('sleep', ['30']);
        others.push(unrelated);
        await writeFile(`${dir}.lock`, String(unrelated.pid));
        const release = lockPgliteDir(dir);
        expect(JSON.parse(await readFile(`${dir}.lock`, 'utf8'))).toMatchObject({
          pid: process.pid,
        });
        release();
      });

      it('takes over a lock whose pid runs now but started at another time', async () => {
        // Even a Node process: same pid, another start time, so not the process that locked.
        const reused = await running(process.execPath, ['-e', 'setTimeout(() => {}, 10000)']);
        others.push(reused);
        const start = Number(processStartTime(reused.pid));
        await writeFile(
          `${dir}.lock`,
          JSON.stringify({ pid: reused.pid, start: String(start - 1) }),
        );
        const release = lockPgliteDir(dir);
        expect(JSON.parse(await readFile(`${dir}.lock`, 'utf8'))).toMatchObject({
          pid: process.pid,
        });
        release();
      });
    },
  );

  it('takes over an empty or unreadable lock file (no process can hold it)', async () => {
    for (const content of ['', 'garbage', '{"pid":0}']) {
      await writeFile(`${dir}.lock`, content);
      const release = lockPgliteDir(dir);
      expect(JSON.parse(await readFile(`${dir}.lock`, 'utf8'))).toMatchObject({ pid: process.pid });
      release();
    }
  });

  it('records its own start time where /proc has one', () => {
    const release = lockPgliteDir(dir);
    try {
      const lock = JSON.parse(readFileSync(`${dir}.lock`, 'utf8')) as {
        pid: number;
        start?: string;
      };
      expect(lock.start).toBe(processStartTime(process.pid));
      if (process.platform === 'linux') expect(lock.start).toMatch(/^\d+$/);
    } finally {
      release();
    }
  });
});
