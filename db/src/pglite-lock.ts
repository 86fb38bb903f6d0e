import { readFileSync, rmSync, writeFileSync } from 'node:fs';

/** Thrown when another live process already has the PGlite data directory open. */
export class DatabaseInUseError extends Error {
  override name = 'DatabaseInUseError';
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/**
 * PGlite has no lock across processes, and two processes on one directory silently lose rows.
 * A pid file beside the directory makes the second opener fail with a clear message instead.
 * A lock left by a process that no longer runs is taken over.
 */
export function lockPgliteDir(dir: string): () => void {
  const path = `${dir}.lock`;
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      writeFileSync(path, String(process.pid), { flag: 'wx' });
      return () => rmSync(path, { force: true });
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== 'EEXIST') throw e;
      const holder = Number(readFileSync(path, 'utf8'));
      if (Number.isInteger(holder) && holder !== process.pid && alive(holder)) {
        throw new DatabaseInUseError(
          `the embedded database ${dir} is in use by process ${holder} (is \`npm start\` running?). ` +
            'Stop that process first, or set DATABASE_URL to use PostgreSQL.',
        );
      }
      rmSync(path, { force: true });
    }
  }
  throw new DatabaseInUseError(`could not lock ${dir}`);
}
