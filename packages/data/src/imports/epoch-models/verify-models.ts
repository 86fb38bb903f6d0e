import type { Entity, Model, Source } from '../../schemas/index.ts';
import { importEpochModels } from './import-models.ts';
import type { Release } from './snapshot.ts';

export interface ModelCheckFailure {
  id: string;
  column: string | null;
  expected: string;
  found: string | null;
}

export interface ModelsCheck {
  /** Cells compared with the file. */
  checked: number;
  failures: ModelCheckFailure[];
  /** Set when the file is not the release the source names. */
  wrongFile: string | null;
}

/**
 * Re-reads the archived release file and checks that every model's cells, the `source_text` of its
 * facts, are in the file as written, in the row its key names.
 */
export async function verifyModels(
  path: string,
  source: Source,
  release: Release,
  models: readonly Model[],
  entities: readonly Entity[],
  aliases: Record<string, string>,
): Promise<ModelsCheck> {
  const { snapshot } = await importEpochModels(path, entities, aliases, { release, models: [...models] });
  const wrongFile =
    snapshot.release.sha256 === source.sha256 ? null : `the file's sha256 is ${snapshot.release.sha256}, the source's ${source.sha256}`;
  const byId = new Map(snapshot.models.map((m) => [m.id, m]));
  const failures: ModelCheckFailure[] = [];
  let checked = 0;
  for (const m of models) {
    const row = byId.get(m.id);
    if (!row || row.key !== m.key) {
      failures.push({ id: m.id, column: null, expected: `a row keyed "${m.key}"`, found: null });
      continue;
    }
    for (const [column, cell] of Object.entries(m.cells)) {
      checked += 1;
      if (row.cells[column] !== cell) failures.push({ id: m.id, column, expected: cell, found: row.cells[column] ?? null });
    }
  }
  return { checked, failures, wrongFile };
}
