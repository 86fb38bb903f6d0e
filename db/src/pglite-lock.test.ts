import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { spawn } from 'node:child_process';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DatabaseInUseError, lockPgliteDir } from './pglite-lock.ts';

describe('lockPgliteDir', () => {
  let dir: string;
  beforeEach(async () => {
    dir = join(await mkdtemp(join(tmpdir(), 'aiwatch-lock-')), 'pglite');
  });
  afterEach(() => rm(join(dir, '..'), { recursive: true, force: true }));

  it('refuses a directory a live process holds, naming it', async () => {
    const other = spawn(process.execPath, ['-e', 'setTimeout(() => {}, 10000)']);
    try {
      await writeFile(`${dir}.lock`, String(other.pid));
      expect(() => lockPgliteDir(dir)).toThrow(DatabaseInUseError);
      expect(() => lockPgliteDir(dir)).toThrow(new RegExp(`in use by process ${other.pid}`));
    } finally {
      other.kill();
    }
  });

  it('takes over a lock left by a process that has ended, and releases it', async () => {
    const ended = spawn(process.execPath, ['-e', '0']);
    await new Promise((r) => ended.on('exit', r));
    await writeFile(`${dir}.lock`, String(ended.pid));
    const release = lockPgliteDir(dir);
    expect(await readFile(`${dir}.lock`, 'utf8')).toBe(String(process.pid));
    release();
    await expect(readFile(`${dir}.lock`, 'utf8')).rejects.toThrow(/ENOENT/);
  });
});
