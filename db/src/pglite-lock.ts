import { linkSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { basename } from 'node:path';

/** Thrown when another live process already has the PGlite data directory open. */
export class DatabaseInUseError extends Error {
  override name = 'DatabaseInUseError';
}

/** What the lock file records: the holder's pid and, where /proc tells it, when that process started. */
interface LockOwner {
  pid: number;
  /** Start time in clock ticks after boot (/proc/<pid>/stat, field 22); absent off Linux. */
  start?: string | undefined;
}

/** Whether process `pid` exists (EPERM: it does, but belongs to another user). */
export function isProcessAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/**
 * When process `pid` started (Linux: clock ticks after boot), or undefined where /proc cannot tell
 * (another OS, no such process, or a /proc that hides other users' processes). A pid is reused once
 * its process has ended; the pair of pid and start time names one process.
 */
export function processStartTime(pid: number): string | undefined {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    // "pid (comm) state ppid …": comm may hold spaces and parentheses, so count after the last ')'.
    // starttime is field 22, the 20th after comm.
    const start = stat.slice(stat.lastIndexOf(')') + 2).split(' ')[19];
    return start && /^\d+$/.test(start) ? start : undefined;
  } catch {
    return undefined;
  }
}

/** The program process `pid` runs (argv[0]'s file name), where /proc tells it. */
function programOf(pid: number): string | undefined {
  try {
    const argv0 = readFileSync(`/proc/${pid}/cmdline`, 'utf8').split('\0')[0];
    return argv0 ? basename(argv0) : '';
  } catch {
    return undefined;
  }
}

function readOwner(path: string): LockOwner | undefined {
  let text: string;
  try {
    text = readFileSync(path, 'utf8').trim();
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT') return undefined; // released meanwhile
    throw e;
  }
  // An earlier version wrote the pid alone.
  if (/^\d+$/.test(text)) return { pid: Number(text) };
  try {
    const parsed = JSON.parse(text) as Partial<LockOwner> | null;
    if (typeof parsed?.pid === 'number') return { pid: parsed.pid, start: parsed.start };
  } catch {
    // unreadable: nobody's lock
  }
  return undefined;
}

/** Whether the lock's owner is still the running process that wrote it. */
function holds(owner: LockOwner | undefined): owner is LockOwner {
  if (!owner || !Number.isInteger(owner.pid) || owner.pid <= 0 || owner.pid === process.pid)
    return false;
  if (!isProcessAlive(owner.pid)) return false;
  const start = processStartTime(owner.pid);
  // Without /proc the pid alone decides (a reused pid then still blocks, as it always did).
  if (start === undefined) return true;
  if (owner.start !== undefined) return owner.start === start;
  // A pid-only lock (an earlier version's): only a Node process can be the one that wrote it.
  const program = programOf(owner.pid);
  return program === undefined || /node/i.test(program) || program === basename(process.execPath);
}

/**
 * Creates `path` holding `content` in one step, so no reader ever sees it empty or half written:
 * the content goes to a file of this process's own, hard-linked to `path` (EEXIST if it exists).
 */
function createExclusive(path: string, content: string): void {
  const own = `${path}.${process.pid}`;
  writeFileSync(own, content);
  try {
    linkSync(own, path);
  } catch (e) {
    // A file system without hard links: create and write (a reader may see it briefly empty).
    const code = (e as NodeJS.ErrnoException).code;
    if (code !== 'EPERM' && code !== 'ENOTSUP' && code !== 'EOPNOTSUPP') throw e;
    writeFileSync(path, content, { flag: 'wx' });
  } finally {
    rmSync(own, { force: true });
  }
}

/**
 * PGlite has no lock across processes, and two processes on one directory silently lose rows.
 * A lock file beside the directory makes the second opener fail with a clear message instead.
 * A lock left by a process that no longer runs is taken over — also when its pid has since been
 * given to another program (told apart by the process start time on Linux).
 */
export function lockPgliteDir(dir: string): () => void {
  const path = `${dir}.lock`;
  const me: LockOwner = { pid: process.pid, start: processStartTime(process.pid) };
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      createExclusive(path, JSON.stringify(me));
      return () => rmSync(path, { force: true });
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== 'EEXIST') throw e;
      const owner = readOwner(path);
      if (holds(owner)) {
        throw new DatabaseInUseError(
          `the embedded database ${dir} is in use by process ${owner.pid} (is \`npm start\` running?). ` +
            'Stop that process first, or set DATABASE_URL to use PostgreSQL.',
        );
      }
      rmSync(path, { force: true });
    }
  }
  throw new DatabaseInUseError(`could not lock ${dir}`);
}
