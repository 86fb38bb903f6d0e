import { cpSync, existsSync, mkdirSync, readdirSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { isProcessAlive } from '@aiwatch/db';

export interface ServedBuild {
  /** The copy this process serves: its `kit/` (SvelteKit's server) and `client/` folders. */
  dir: string;
  /** Removes the copy (at shutdown). */
  remove(): void;
}

export class DashboardNotBuiltError extends Error {
  override name = 'DashboardNotBuiltError';
}

/** The dashboard package's folder, found through its `./handler` export. */
function dashboardPackageDir(): string {
  return dirname(dirname(createRequire(import.meta.url).resolve('@aiwatch/dashboard/handler')));
}

/**
 * Copies the dashboard's build into a folder of this process's own and serves from there, so a
 * rebuild (`npm test`, a second `npm start`) that replaces `build/` cannot pull files from under
 * a running server. The copy sits inside the dashboard package so its imports resolve as the
 * build's do; copies left by processes that no longer run are removed.
 */
export function snapshotDashboardBuild(): ServedBuild {
  const pkg = dashboardPackageDir();
  const built = join(pkg, 'build');
  if (!existsSync(join(built, 'kit', 'index.js')) || !existsSync(join(built, 'client'))) {
    throw new DashboardNotBuiltError('the dashboard is not built; run `npm run build` (npm start does it for you)');
  }
  const root = join(pkg, '.served');
  mkdirSync(root, { recursive: true });
  for (const name of readdirSync(root)) {
    const pid = Number(/^run-(\d+)$/.exec(name)?.[1]);
    if (pid && pid !== process.pid && !isProcessAlive(pid)) rmSync(join(root, name), { recursive: true, force: true });
  }
  const dir = join(root, `run-${process.pid}`);
  rmSync(dir, { recursive: true, force: true });
  cpSync(built, dir, { recursive: true });
  return { dir, remove: () => rmSync(dir, { recursive: true, force: true }) };
}
