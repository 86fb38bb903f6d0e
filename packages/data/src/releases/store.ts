import { mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { canonicalValue } from './canonical.ts';
import type { ReleaseWithChanges } from './replay.ts';
import { changeSchema, compareVersions, releaseSchema, releaseVersionSchema, type Change, type Release } from './schema.ts';

/** Where the committed releases live: one folder per version, each with release.json and changes.jsonl. */
export const RELEASES_DIR = fileURLToPath(new URL('../../releases/', import.meta.url));

/** A release folder that cannot be read as one: the history cannot be trusted until it is restored. */
export class ReleaseStoreError extends Error {
  override name = 'ReleaseStoreError';
}

function readText(path: string): string {
  try {
    return readFileSync(path, 'utf8');
  } catch (e) {
    throw new ReleaseStoreError(`cannot read ${path} (${(e as NodeJS.ErrnoException).code ?? String(e)})`);
  }
}

function parseJson(path: string, text: string, line?: number): unknown {
  try {
    return JSON.parse(text);
  } catch (e) {
    throw new ReleaseStoreError(`${path}${line ? `:${line}` : ''} is not valid JSON (${(e as Error).message}); restore it from git`);
  }
}

function releaseVersions(dir: string): string[] {
  let names: string[];
  try {
    names = readdirSync(dir);
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT') return [];
    throw e;
  }
  return names.filter((n) => releaseVersionSchema.safeParse(n).success).sort(compareVersions);
}

function readManifest(dir: string, version: string): Release {
  const path = join(dir, version, 'release.json');
  const parsed = releaseSchema.safeParse(parseJson(path, readText(path)));
  if (!parsed.success) throw new ReleaseStoreError(`${path}: ${parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`);
  if (parsed.data.version !== version) throw new ReleaseStoreError(`${path} says version ${parsed.data.version}, its folder ${version}`);
  return parsed.data;
}

function readChanges(dir: string, version: string): Change[] {
  const path = join(dir, version, 'changes.jsonl');
  return readText(path)
    .split('\n')
    .filter((line) => line.length > 0)
    .map((line, i) => {
      const parsed = changeSchema.safeParse(parseJson(path, line, i + 1));
      if (!parsed.success) throw new ReleaseStoreError(`${path}:${i + 1}: ${parsed.error.issues.map((x) => x.message).join('; ')}`);
      return parsed.data;
    });
}

/** Every release's manifest, oldest first, each one's `previous` checked against the one before it. */
export function readReleases(dir = RELEASES_DIR): Release[] {
  const releases = releaseVersions(dir).map((v) => readManifest(dir, v));
  releases.forEach((r, i) => {
    const expected = releases[i - 1]?.version ?? null;
    if (r.previous !== expected) throw new ReleaseStoreError(`release ${r.version} follows ${r.previous ?? 'nothing'}, but the release before it is ${expected ?? 'none'}`);
  });
  return releases;
}

/** Every release with its changes, oldest first. */
export function readReleaseHistory(dir = RELEASES_DIR): ReleaseWithChanges[] {
  return readReleases(dir).map((release) => ({ release, changes: readChanges(dir, release.version) }));
}

/** A change as one line: fields in a fixed order, the record's keys sorted, so a release reads as a clean diff. */
export function formatChange(c: Change): string {
  const { table, id, kind, previous_id, entity_ids, label_en, label_zh, fields, record } = c;
  return JSON.stringify({ table, id, kind, previous_id, entity_ids, label_en, label_zh, fields, record: record && canonicalValue(record) });
}

/** Writes a release's folder whole or not at all: it is written aside, then moved into place. */
export function writeRelease(dir: string, release: Release, changes: readonly Change[]): void {
  const final = join(dir, release.version);
  const staging = join(dir, `.${release.version}.tmp`);
  rmSync(staging, { recursive: true, force: true });
  mkdirSync(staging, { recursive: true });
  writeFileSync(join(staging, 'release.json'), `${JSON.stringify(release, null, 2)}\n`);
  writeFileSync(join(staging, 'changes.jsonl'), changes.map((c) => `${formatChange(c)}\n`).join(''));
  renameSync(staging, final);
}
