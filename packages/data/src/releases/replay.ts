import { asTables, datasetHash, sameValue, datasetTables, sortedById, type DatasetRecord, type DatasetTables } from './canonical.ts';
import { compareVersions, type Change, type Release } from './schema.ts';

/** A release's changes do not fit the dataset they are applied to: the history is inconsistent. */
export class ReplayError extends Error {
  override name = 'ReplayError';
}

/** The next version of the dataset: `before` with a release's changes applied, each checked against what it expects to find. */
export function applyChanges(before: DatasetTables, changes: readonly Change[], release = 'the release'): DatasetTables {
  const tables = new Map(datasetTables.map((t) => [t, new Map(before[t].map((r) => [r.id, r]))]));
  const fail = (c: Change, why: string) => {
    throw new ReplayError(`${release}: ${c.kind} ${c.table}/${c.id}: ${why}`);
  };
  for (const c of changes) {
    const records = tables.get(c.table)!;
    if (c.kind === 'added') {
      if (records.has(c.id)) fail(c, 'the record is already there');
      records.set(c.id, { ...(c.record as DatasetRecord), id: c.id });
      continue;
    }
    const fromId = c.previous_id ?? c.id;
    const current = records.get(fromId);
    if (!current) fail(c, `no record ${fromId} to change`);
    if (c.kind === 'removed') {
      records.delete(c.id);
      continue;
    }
    const next: DatasetRecord = { ...current!, id: c.id };
    for (const f of c.fields) {
      if (!sameValue(current![f.field], f.old)) fail(c, `field ${f.field} does not hold the value the change starts from`);
      if (f.new == null) delete next[f.field];
      else next[f.field] = f.new;
    }
    if (c.kind === 'renamed') {
      if (records.has(c.id)) fail(c, `the new id is taken`);
      records.delete(fromId);
    }
    records.set(c.id, next);
  }
  return Object.fromEntries(datasetTables.map((t) => [t, sortedById([...tables.get(t)!.values()])])) as DatasetTables;
}

export interface ReleaseWithChanges {
  release: Release;
  changes: readonly Change[];
}

/**
 * The dataset as a release made it: every release up to it replayed from nothing, each step
 * checked against the hash its release recorded.
 */
export function datasetAt(history: readonly ReleaseWithChanges[], version: string): DatasetTables {
  let data = asTables({});
  for (const { release, changes } of [...history].sort((a, b) => compareVersions(a.release.version, b.release.version))) {
    data = applyChanges(data, changes, release.version);
    const hash = datasetHash(data);
    if (hash !== release.dataset_sha256) {
      throw new ReplayError(`${release.version}: its changes rebuild a dataset with hash ${hash.slice(0, 12)}, not the ${release.dataset_sha256.slice(0, 12)} it recorded`);
    }
    if (release.version === version) return data;
  }
  throw new ReplayError(`no release ${version}`);
}
