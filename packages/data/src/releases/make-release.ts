import { asTables, datasetHash, datasetTables, type DatasetTables } from './canonical.ts';
import { diffDatasets } from './diff.ts';
import { applyChanges, datasetAt, type ReleaseWithChanges } from './replay.ts';
import { changeKinds, compareVersions, releaseVersionSchema, type Change, type Release } from './schema.ts';

/** A release that cannot be made as asked: the message says why and what to do. */
export class ReleaseError extends Error {
  override name = 'ReleaseError';
}

export interface ReleaseRequest {
  version: string;
  releasedOn: string;
  notes: { en: string; zh: string };
  data: DatasetTables;
}

const counted = <K extends string>(keys: readonly K[], of: (k: K) => number) => Object.fromEntries(keys.map((k) => [k, of(k)])) as Record<K, number>;

/**
 * The next release of `history` for the dataset `data`: its changes against the latest release
 * and its manifest. Refuses a version that does not come after the latest, a date before it,
 * and a release that would change nothing.
 */
export function planRelease(history: readonly ReleaseWithChanges[], request: ReleaseRequest): ReleaseWithChanges {
  const { version, releasedOn, notes, data } = request;
  if (!releaseVersionSchema.safeParse(version).success) throw new ReleaseError(`version "${version}" must be YEAR.MONTH.N, such as 2026.12.0`);
  if (!/^\d{4}-\d{2}-\d{2}$/.test(releasedOn) || Number.isNaN(Date.parse(releasedOn))) throw new ReleaseError(`date "${releasedOn}" must be YYYY-MM-DD`);
  const latest = history.at(-1)?.release;
  if (history.some((h) => h.release.version === version)) throw new ReleaseError(`release ${version} exists; a release never changes — make ${version.replace(/\d+$/, (n) => String(Number(n) + 1))} instead`);
  if (latest && compareVersions(version, latest.version) <= 0) throw new ReleaseError(`version ${version} must come after the latest release, ${latest.version}`);
  if (latest && releasedOn < latest.released_on) throw new ReleaseError(`date ${releasedOn} is before the latest release's (${latest.released_on})`);

  const before = latest ? datasetAt(history, latest.version) : asTables({});
  const changes: Change[] = diffDatasets(before, data);
  if (latest && changes.length === 0) throw new ReleaseError(`nothing changed since ${latest.version}: no release made`);
  const hash = datasetHash(data);
  // The release must rebuild exactly this dataset from the one before, or its history is wrong.
  if (datasetHash(applyChanges(before, changes, version)) !== hash) throw new ReleaseError('internal: the changes do not rebuild the dataset');

  const release: Release = {
    version,
    released_on: releasedOn,
    previous: latest?.version ?? null,
    dataset_sha256: hash,
    notes_en: notes.en,
    notes_zh: notes.zh,
    counts: counted(datasetTables, (t) => data[t].length),
    changes: counted(changeKinds, (k) => changes.filter((c) => c.kind === k).length),
    sources_changed: changes.filter((c) => c.table === 'sources').map((c) => ({ id: c.id, kind: c.kind, label_en: c.label_en, label_zh: c.label_zh })),
  };
  return { release, changes };
}
