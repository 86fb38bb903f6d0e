/**
 * The embedded database's folder: checked before PGlite opens it, and whatever goes wrong there
 * (read-only, full, a file in the way) reported as one line that names the cause and the fix.
 * PGlite itself reports these as `PGlite failed to initialize properly` or throws a bare
 * `{ name: 'ErrnoError', errno: 51 }`, which prints as `[object Object]`.
 */
import {
  accessSync,
  constants,
  existsSync,
  mkdirSync,
  readdirSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { DatabaseInUseError, lockPgliteDir } from './pglite-lock.ts';

/** The embedded database's folder cannot be used; the message says why and what to do. */
export class DataDirError extends Error {
  override name = 'DataDirError';
  constructor(
    message: string,
    /** errno name of the cause (`EACCES`, `ENOSPC`, …) where there is one. */
    readonly code?: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
  }
}

// PGlite's file system (Emscripten) numbers errors its own way; the ones a data folder can hit.
const emscriptenErrno: Record<number, string> = {
  2: 'EACCES',
  63: 'EPERM',
  69: 'EROFS',
  51: 'ENOSPC',
  19: 'EDQUOT',
  22: 'EFBIG',
  54: 'ENOTDIR',
  31: 'EISDIR',
  44: 'ENOENT',
  20: 'EEXIST',
  29: 'EIO',
  33: 'EMFILE',
  41: 'ENFILE',
  48: 'ENOMEM',
};

const reasons: Record<string, string> = {
  EACCES: 'permission denied',
  EPERM: 'operation not permitted',
  EROFS: 'read-only file system',
  ENOSPC: 'no space left on device',
  EDQUOT: 'disk quota exceeded',
  EFBIG: 'file too large',
  ENOTDIR: 'not a directory',
  EIO: 'input/output error',
};

const USE_ANOTHER = 'set PGLITE_DIR to a writable folder (or DATABASE_URL to use PostgreSQL)';

/** The errno name an error carries: Node's `code`, or PGlite's Emscripten `errno` number. */
function errnoName(e: unknown): string | undefined {
  if (typeof e !== 'object' || e === null) return undefined;
  const { code, errno, name } = e as { code?: unknown; errno?: unknown; name?: unknown };
  if (typeof code === 'string' && /^E[A-Z0-9]+$/.test(code)) return code;
  if (name === 'ErrnoError' && typeof errno === 'number')
    return emscriptenErrno[errno] ?? `errno ${errno}`;
  return undefined;
}

/** A file under `dir` this process may not write (a folder first used by another user, say). */
function firstUnwritable(dir: string): string | undefined {
  try {
    accessSync(dir, constants.W_OK);
    for (const entry of readdirSync(dir, { recursive: true, encoding: 'utf8' }).slice(0, 5000)) {
      const path = join(dir, entry);
      try {
        accessSync(path, constants.W_OK);
      } catch {
        return path;
      }
    }
  } catch {
    return dir;
  }
  return undefined;
}

/** `e` as a DataDirError about `what` when it is a file-system failure; anything else unchanged. */
function fileSystemError(e: unknown, what: string, dir: string | undefined): unknown {
  if (e instanceof DataDirError || e instanceof DatabaseInUseError) return e;
  const code = errnoName(e);
  if (code === 'ENOSPC' || code === 'EDQUOT' || code === 'EFBIG') {
    return new DataDirError(
      `${reasons[code]} writing ${what} (${code}): free some space, or set PGLITE_DIR to a folder on a disk with room`,
      code,
      { cause: e },
    );
  }
  if (code === 'EACCES' || code === 'EPERM' || code === 'EROFS') {
    return new DataDirError(
      `${what} is not writable (${code}: ${reasons[code]}); ${USE_ANOTHER}`,
      code,
      { cause: e },
    );
  }
  if (code !== undefined) {
    const detail = e instanceof Error && e.message ? e.message : (reasons[code] ?? code);
    return new DataDirError(`cannot use ${what} (${code}: ${detail}); ${USE_ANOTHER}`, code, {
      cause: e,
    });
  }
  if (e instanceof Error && /PGlite failed to initialize/i.test(e.message)) {
    const unwritable = dir !== undefined && existsSync(dir) ? firstUnwritable(dir) : undefined;
    if (unwritable) {
      return new DataDirError(
        `${what} holds files this user cannot write (${unwritable}: EACCES); ` +
          `give them back to this user (chown -R), or ${USE_ANOTHER}`,
        'EACCES',
        { cause: e },
      );
    }
    return new DataDirError(
      `the embedded database in ${dir ?? 'PGLITE_DIR'} could not be opened (${e.message}): the folder may be ` +
        'damaged, half-written (a first start that ran out of space) or from another PGlite version; move it ' +
        'away (the next start creates and seeds a new one) or set PGLITE_DIR to another folder',
      undefined,
      { cause: e },
    );
  }
  return e;
}

/**
 * `e`, thrown while opening or writing the embedded database in `dir` (`path` being what was
 * written, if not the folder itself), as a DataDirError whose message names the cause and the fix.
 * Errors that are not about the file system come back unchanged.
 */
export function dataDirError(e: unknown, dir: string, path = dir): unknown {
  const what =
    path === dir ? `the data directory ${dir}` : `${path} (beside the data directory ${dir})`;
  return fileSystemError(e, what, dir);
}

/** Creates the missing folders of `dir` one by one, so a failure reports its real errno. */
function makeFolders(dir: string): void {
  const missing: string[] = [];
  let at = resolve(dir);
  while (!existsSync(at)) {
    missing.unshift(at);
    const parent = dirname(at);
    if (parent === at) break;
    at = parent;
  }
  // Node's recursive mkdir reports a read-only parent as ENOENT; and a file in the way is said plainly.
  if (existsSync(at) && !statSync(at).isDirectory()) {
    throw new DataDirError(
      `the data directory ${dir} cannot be created: ${at} is a file, not a folder (ENOTDIR); set PGLITE_DIR to a folder`,
      'ENOTDIR',
    );
  }
  for (const folder of missing) {
    try {
      mkdirSync(folder);
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== 'EEXIST') {
        throw fileSystemError(
          e,
          `the folder ${dirname(folder)} (creating the data directory ${dir} in it)`,
          dir,
        );
      }
    }
  }
}

/**
 * Makes sure PGlite can use `dir`: creates it if missing and writes a small file there, so a
 * read-only or full file system fails now, with one clear line, instead of inside PGlite.
 */
export function prepareDataDir(dir: string): void {
  makeFolders(dir);
  const probe = join(dir, `.aiwatch-write-test-${process.pid}`);
  try {
    writeFileSync(probe, 'PGlite data directory write test\n');
  } catch (e) {
    throw dataDirError(e, dir);
  } finally {
    rmSync(probe, { force: true });
  }
}

/**
 * Readies `dir` for PGlite (see prepareDataDir) and locks it for this process (see
 * lockPgliteDir, whose lock file sits beside it); returns the function that unlocks it.
 */
export function openDataDir(dir: string): () => void {
  prepareDataDir(dir);
  const lock = `${dir}.lock`;
  try {
    return lockPgliteDir(dir);
  } catch (e) {
    throw dataDirError(e, dir, lock);
  }
}

/** Lines joined into one: `a:` + `b` + `c` reads `a: b; c`. */
function oneLine(text: string): string {
  const lines = text
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter(Boolean);
  return lines.reduce(
    (out, line, i) => (i === 0 ? line : `${out}${out.endsWith(':') ? ' ' : '; '}${line}`),
    '',
  );
}

// PostgreSQL and connection failures at start-up, and what to check.
const postgresHints: Record<string, string> = {
  ECONNREFUSED: 'is PostgreSQL running where DATABASE_URL points?',
  ENOTFOUND: 'check the host in DATABASE_URL',
  EAI_AGAIN: 'check the host in DATABASE_URL',
  ETIMEDOUT: 'is PostgreSQL reachable where DATABASE_URL points?',
  CONNECT_TIMEOUT: 'is PostgreSQL reachable where DATABASE_URL points?',
  '28P01': 'check the user and password in DATABASE_URL',
  '28000': 'check the user in DATABASE_URL and the server’s pg_hba.conf',
  '3D000': 'create that database, or fix its name in DATABASE_URL',
  '53300': 'the server has no free connection; try again or raise max_connections',
  '57P03': 'the server is starting up or shutting down; try again shortly',
};

function describe(e: unknown, depth: number): string {
  if (depth > 3) return '';
  if (e instanceof DataDirError || e instanceof DatabaseInUseError) return e.message;
  if (e instanceof Error && /PGlite failed to initialize/i.test(e.message)) {
    return (fileSystemError(e, 'the embedded database (PGLITE_DIR)', undefined) as Error).message;
  }
  if (e instanceof Error) {
    // Node's connection errors come as an AggregateError (one per address tried) without a message.
    const parts = e instanceof AggregateError && !e.message ? (e.errors as unknown[]) : [e];
    const code = [e, ...parts]
      .map((x) => (x as { code?: unknown }).code)
      .find((c) => typeof c === 'string');
    const message =
      [...new Set(parts.map((x) => (x instanceof Error ? x.message : '')).filter(Boolean))].join(
        '; ',
      ) || (typeof code === 'string' ? code : e.name);
    const hint = typeof code === 'string' ? postgresHints[code] : undefined;
    const cause = e.cause === undefined ? '' : describe(e.cause, depth + 1);
    return [message, hint, cause && cause !== message ? `cause: ${cause}` : '']
      .filter(Boolean)
      .join('; ');
  }
  if (typeof e === 'object' && e !== null) {
    // What PGlite throws for a failed file operation: not an Error, no message.
    if (errnoName(e))
      return (fileSystemError(e, 'the embedded database (PGLITE_DIR)', undefined) as Error).message;
    const { message, name } = e as { message?: unknown; name?: unknown };
    if (typeof message === 'string' && message)
      return typeof name === 'string' && name ? `${name}: ${message}` : message;
    try {
      const json = JSON.stringify(e);
      if (json && json !== '{}') return json.length > 300 ? `${json.slice(0, 300)}…` : json;
    } catch {
      // circular: fall through
    }
    const type = (e as { constructor?: { name?: unknown } }).constructor?.name;
    return `${typeof type === 'string' && type !== 'Object' ? `a ${type}` : 'an object'} was thrown, without any detail`;
  }
  return e === null || e === undefined ? `${String(e)} was thrown, without any detail` : String(e);
}

/**
 * Any error from opening, migrating or seeding the database as one readable line: for the
 * start-up message of `npm start`, the API and the CLIs. Knows PGlite's non-Error throws,
 * the data folder's failures, DatabaseInUseError and PostgreSQL's connection errors.
 */
export function describeStartupError(e: unknown): string {
  return oneLine(describe(e, 0)) || 'the database could not be opened (no detail given)';
}
