import { dataset } from '@aiwatch/data';
import { asTables, datasetAt, datasetHash, readReleaseHistory, type DatasetTables, type ReleaseWithChanges } from '@aiwatch/data/releases';

/**
 * The committed release history, read once when first needed, and the dataset of any release:
 * the latest is the data package itself; an older one is rebuilt from the changes (the two most
 * recently asked are kept, since a download is often fetched again at once).
 */
export class ReleaseLibrary {
  #history: readonly ReleaseWithChanges[] | null = null;
  #built = new Map<string, DatasetTables>();

  constructor(private readonly load: () => readonly ReleaseWithChanges[] = readReleaseHistory) {}

  get history(): readonly ReleaseWithChanges[] {
    this.#history ??= this.load();
    return this.#history;
  }

  find(version: string): ReleaseWithChanges | null {
    return this.history.find((h) => h.release.version === version) ?? null;
  }

  dataAt(version: string): DatasetTables {
    const cached = this.#built.get(version);
    if (cached) return cached;
    const current = asTables(dataset);
    const data = this.history.at(-1)?.release.version === version && this.find(version)?.release.dataset_sha256 === datasetHash(current) ? current : datasetAt(this.history, version);
    this.#built.set(version, data);
    if (this.#built.size > 2) this.#built.delete(this.#built.keys().next().value!);
    return data;
  }
}
