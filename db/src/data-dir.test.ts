/**
 * Opening the embedded database in a folder it cannot use must fail with one line that names the
 * cause and the fix, not `PGlite failed to initialize properly` or `[object Object]`.
 *
 * These tests run as root on the CI machines, and root ignores file permissions (a `chmod 555`
 * folder stays writable for it), so they use failures permissions do not decide: a path through
 * a regular file (ENOTDIR), and, where this process may mount file systems, a read-only tmpfs
 * (EROFS) and tiny tmpfs file systems that fill up (ENOSPC).
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createDb } from './client.ts';
import { DataDirError, dataDirError, describeStartupError } from './data-dir.ts';
import { DatabaseInUseError } from './pglite-lock.ts';

/** Whether this process may mount a tmpfs (root with CAP_SYS_ADMIN, outside a locked-down container). */
function canMountTmpfs(): boolean {
  if (process.platform !== 'linux') return false;
  const probe = mkdtempSync(join(tmpdir(), 'aiwatch-mount-probe-'));
  try {
    execFileSync('mount', ['-t', 'tmpfs', '-o', 'size=64k', 'tmpfs', probe], { stdio: 'ignore' });
    execFileSync('umount', [probe], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  } finally {
    rmSync(probe, { recursive: true, force: true });
  }
}

/** Expects `promise` to reject with an Error whose message is one line matching every pattern. */
async function expectOneLineError(
  promise: Promise<unknown>,
  ...patterns: RegExp[]
): Promise<Error> {
  const error: unknown = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(Error);
  const message = (error as Error).message;
  expect(message).not.toMatch(/\n/);
  for (const pattern of patterns) expect(message).toMatch(pattern);
  return error as Error;
}

describe('opening the embedded database in an unusable folder', () => {
  let base: string;
  beforeEach(() => {
    base = mkdtempSync(join(tmpdir(), 'aiwatch-datadir-'));
  });
  afterEach(() => rmSync(base, { recursive: true, force: true }));

  it('names a path that runs through a file (ENOTDIR), even for root', async () => {
    const file = join(base, 'not-a-folder');
    writeFileSync(file, 'x');
    const dir = join(file, 'pglite');
    await expectOneLineError(
      createDb({ pgliteDir: dir }),
      /ENOTDIR/,
      new RegExp(`${file} is a file`),
      /set PGLITE_DIR/,
    );
  });

  describe.skipIf(!canMountTmpfs())(
    'on file systems mounted for the test (needs permission to mount a tmpfs)',
    () => {
      let mnt: string;
      beforeEach(() => {
        mnt = join(base, 'mnt');
        execFileSync('mkdir', [mnt]);
      });
      afterEach(() => {
        // Lazy: a PGlite that failed part-way may still hold files open there.
        execFileSync('umount', ['-l', mnt], { stdio: 'ignore' });
      });

      it('says a read-only data directory is not writable (EROFS) and how to fix it', async () => {
        execFileSync('mount', ['-t', 'tmpfs', '-o', 'ro,size=64k', 'tmpfs', mnt]);
        await expectOneLineError(
          createDb({ pgliteDir: mnt }),
          new RegExp(`data directory ${mnt} is not writable`),
          /EROFS/,
          /set PGLITE_DIR to a writable folder/,
        );
      });

      it('says the disk is full when PGlite runs out of space creating the database (ENOSPC)', async () => {
        execFileSync('mount', ['-t', 'tmpfs', '-o', 'size=1m', 'tmpfs', mnt]);
        const dir = join(mnt, 'pglite');
        await expectOneLineError(
          createDb({ pgliteDir: dir }),
          /no space left on device/,
          /ENOSPC/,
          new RegExp(dir),
          /PGLITE_DIR/,
        );
      });

      it('says the disk is full before starting PGlite when not a byte is left', async () => {
        execFileSync('mount', ['-t', 'tmpfs', '-o', 'size=64k', 'tmpfs', mnt]);
        const dir = join(mnt, 'pglite');
        execFileSync('mkdir', [dir]);
        // Fill the file system to the last block.
        try {
          execFileSync('dd', ['if=/dev/zero', `of=${join(mnt, 'fill')}`, 'bs=4k'], {
            stdio: 'ignore',
          });
        } catch {
          // dd ends with ENOSPC, as intended
        }
        await expectOneLineError(
          createDb({ pgliteDir: dir }),
          /no space left on device/,
          /ENOSPC/,
          /PGLITE_DIR/,
        );
      });
    },
  );
});

describe('dataDirError', () => {
  it("translates PGlite's bare file-system objects (Emscripten errno numbers)", () => {
    const full = dataDirError({ name: 'ErrnoError', errno: 51 }, '/srv/pglite');
    expect(full).toBeInstanceOf(DataDirError);
    expect((full as DataDirError).code).toBe('ENOSPC');
    expect((full as Error).message).toBe(
      'no space left on device writing the data directory /srv/pglite (ENOSPC): free some space, or set PGLITE_DIR to a folder on a disk with room',
    );
    expect(
      (dataDirError({ name: 'ErrnoError', errno: 69 }, '/srv/pglite') as Error).message,
    ).toMatch(
      /^the data directory \/srv\/pglite is not writable \(EROFS: read-only file system\); set PGLITE_DIR to a writable folder/,
    );
  });

  it('translates a permission error (what a non-root user meets; root is never refused)', () => {
    const denied = Object.assign(new Error("EACCES: permission denied, open '/srv/pglite/x'"), {
      code: 'EACCES',
    });
    expect((dataDirError(denied, '/srv/pglite') as Error).message).toMatch(
      /^the data directory \/srv\/pglite is not writable \(EACCES: permission denied\); set PGLITE_DIR to a writable folder/,
    );
  });

  it('explains PGlite\'s "failed to initialize" and leaves unrelated errors alone', () => {
    const dir = mkdtempSync(join(tmpdir(), 'aiwatch-datadir-'));
    try {
      const message = (
        dataDirError(new Error('PGlite failed to initialize properly'), dir) as Error
      ).message;
      expect(message).toMatch(new RegExp(`the embedded database in ${dir} could not be opened`));
      expect(message).toMatch(/move it away .*or set PGLITE_DIR/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
    const other = new TypeError('x is not a function');
    expect(dataDirError(other, '/srv/pglite')).toBe(other);
  });
});

describe('describeStartupError', () => {
  it('turns a plain object like the ones PGlite throws into a readable line', () => {
    const line = describeStartupError({ name: 'ErrnoError', errno: 51 });
    expect(line).not.toMatch(/object Object/);
    expect(line).toMatch(/no space left on device .*\(ENOSPC\).*PGLITE_DIR/);
    expect(describeStartupError({})).toBe('an object was thrown, without any detail');
    expect(describeStartupError({ reason: 'x' })).toBe('{"reason":"x"}');
    expect(describeStartupError({ name: 'RuntimeError', message: 'unreachable' })).toBe(
      'RuntimeError: unreachable',
    );
    expect(describeStartupError(undefined)).toBe('undefined was thrown, without any detail');
  });

  it('keeps the messages already written for people', () => {
    const inUse = new DatabaseInUseError(
      'the embedded database .data/pglite is in use by process 42 (is `npm start` running?).',
    );
    expect(describeStartupError(inUse)).toBe(inUse.message);
    const dir = new DataDirError(
      'the data directory d is not writable (EROFS: read-only file system); set PGLITE_DIR',
      'EROFS',
    );
    expect(describeStartupError(dir)).toBe(dir.message);
  });

  it('makes a multi-line message one line', () => {
    expect(
      describeStartupError(
        new Error('dataset has 2 problem(s):\n  figures[3]: bad\n  events[1]: worse'),
      ),
    ).toBe('dataset has 2 problem(s): figures[3]: bad; events[1]: worse');
  });

  it('says what to check for PostgreSQL connection failures, also when Node reports them as an AggregateError', () => {
    const refused = (address: string) =>
      Object.assign(new Error(`connect ECONNREFUSED ${address}`), { code: 'ECONNREFUSED' });
    expect(describeStartupError(refused('127.0.0.1:5432'))).toBe(
      'connect ECONNREFUSED 127.0.0.1:5432; is PostgreSQL running where DATABASE_URL points?',
    );
    const both = Object.assign(
      new AggregateError([refused('::1:5432'), refused('127.0.0.1:5432')]),
      { code: 'ECONNREFUSED' },
    );
    expect(describeStartupError(both)).toBe(
      'connect ECONNREFUSED ::1:5432; connect ECONNREFUSED 127.0.0.1:5432; is PostgreSQL running where DATABASE_URL points?',
    );
    const missing = Object.assign(new Error('database "aiwatch" does not exist'), {
      code: '3D000',
    });
    expect(describeStartupError(missing)).toMatch(
      /does not exist; create that database, or fix its name in DATABASE_URL/,
    );
  });

  it('follows the cause', () => {
    const wrapped = new Error('could not open the database', {
      cause: { name: 'ErrnoError', errno: 51 },
    });
    expect(describeStartupError(wrapped)).toMatch(
      /^could not open the database; cause: no space left on device/,
    );
  });
});
