/**
 * Where the source documents are. They are copyrighted and not part of the repository, so every
 * test or command that needs them asks here and, when there are none, says so instead of failing.
 *
 * - `SOURCES_DIR` when set: a path, relative to the directory the command was typed in (where
 *   turbo was started, `TURBO_INVOCATION_DIR`, as turbo runs each task in its package's folder;
 *   else where npm was, `INIT_CWD`; else the current directory). When it names no folder, or one
 *   holding none of the documents, there are no documents: it never falls back to the default.
 * - otherwise `../shared/seeds` beside the repository, when it holds any of the documents;
 * - otherwise none.
 * A folder holding some of the documents but not all counts as found: checking it names the
 * missing ones. */
import { readdirSync, statSync } from 'node:fs';
import { isAbsolute, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { sources } from '../dataset/sources.ts';

/** `../shared/seeds` beside the repository (this file is `packages/data/src/documents/`). */
export const DEFAULT_SOURCES_DIR = fileURLToPath(
  new URL('../../../../../shared/seeds', import.meta.url),
);

export type SourcesDir =
  | { dir: string; from: 'SOURCES_DIR' | 'default' }
  | { dir: null; from: 'SOURCES_DIR' | 'default'; reason: string };

export interface SourcesDirOptions {
  env?: Record<string, string | undefined>;
  /** Used when SOURCES_DIR is not set. */
  fallback?: string;
  /** The documents' file names. */
  files?: readonly string[];
}

const isFolder = (path: string) =>
  statSync(path, { throwIfNoEntry: false })?.isDirectory() ?? false;
const holdsAny = (dir: string, files: readonly string[]) => {
  try {
    return readdirSync(dir).some((f) => files.includes(f));
  } catch {
    return true; // unreadable: let the check that reads it say why
  }
};

/** Resolves the documents folder; `dir` is null, with the reason, when there is none. */
export function resolveSourcesDir({
  env = process.env,
  fallback = DEFAULT_SOURCES_DIR,
  files = sources.flatMap((s) => (s.file ? [s.file] : [])),
}: SourcesDirOptions = {}): SourcesDir {
  const configured = env.SOURCES_DIR?.trim();
  if (configured) {
    const base = env.TURBO_INVOCATION_DIR || env.INIT_CWD || process.cwd();
    const dir = isAbsolute(configured) ? configured : resolve(base, configured);
    const set = `SOURCES_DIR is set to "${configured}"`;
    if (!isFolder(dir))
      return { dir: null, from: 'SOURCES_DIR', reason: `${set}, but no folder exists at ${dir}` };
    if (!holdsAny(dir, files)) {
      return {
        dir: null,
        from: 'SOURCES_DIR',
        reason: `${set}, but ${dir} holds none of ${files.join(', ')}`,
      };
    }
    return { dir, from: 'SOURCES_DIR' };
  }
  return isFolder(fallback) && holdsAny(fallback, files)
    ? { dir: fallback, from: 'default' }
    : {
        dir: null,
        from: 'default',
        reason:
          'SOURCES_DIR is not set, and no ../shared/seeds folder beside the repository holds the documents',
      };
}

/** The documents folder, or null when there is none (see {@link resolveSourcesDir}). */
export const sourcesDir = (): string | null => resolveSourcesDir().dir;

/** The title suffix of every test group that is skipped without the documents. */
export const NEEDS_SOURCES = 'needs the source documents (SOURCES_DIR)';
