import type { Entity, Model } from '../../schemas/index.ts';
import { mapColumns } from './columns.ts';
import { diffModels, type ModelsDiff } from './diff.ts';
import { assignIds } from './identity.ts';
import { normaliseRow, type NormalisedRow, type RowError } from './normalise-row.ts';
import { ImportInputError, readCsv } from './read-csv.ts';
import { developerResolver } from './resolve-developers.ts';
import { basename } from 'node:path';
import { groupBy } from '../group-by.ts';
import type { Release, Snapshot } from './snapshot.ts';

export const EPOCH_SOURCE_ID = 'epoch-ai-models';

/** Rows that fail validation; the import stops and writes nothing. */
export class RowValidationError extends Error {
  override name = 'RowValidationError';
  constructor(readonly errors: RowError[]) {
    const shown = errors.slice(0, 20).map((e) => `  row ${e.row} (line ${e.line}), column "${e.column}": ${e.message} (cell: ${JSON.stringify(e.cell.slice(0, 60))})`);
    const more = errors.length > 20 ? `\n  … and ${errors.length - 20} more` : '';
    super(`${errors.length} invalid cell${errors.length > 1 ? 's' : ''}; nothing was written:\n${shown.join('\n')}${more}`);
  }
}

export interface ImportReport extends ModelsDiff {
  file: string;
  sha256: string;
  rows: number;
  models: number;
  /** Models whose name more than one row carries, with the row key each got. */
  duplicates: { name: string; models: { id: string; key: string }[] }[];
  skipped: { row: number; reason: string }[];
  /** Organisations no entity answers to, with how many models they are credited on. */
  unresolved: { name: string; models: number }[];
  resolved: { name: string; entity_id: string; models: number }[];
}

export interface ImportResult {
  snapshot: Snapshot;
  report: ImportReport;
}

interface Row extends NormalisedRow {
  row: number;
  name: string;
  published_on: string | null;
  developers: string[];
  cells: Record<string, string>;
}

/**
 * Reads one release of Epoch AI's models CSV into a snapshot: maps columns by header, validates and
 * normalises each row, gives each model a stable id (keeping the previous snapshot's), resolves
 * developers to entities and reports what changed against `previous`.
 */
export async function importEpochModels(path: string, entities: readonly Entity[], aliases: Record<string, string>, previous: Snapshot | null): Promise<ImportResult> {
  const csv = await readCsv(path, mapColumns);
  const columns = mapColumns(csv.header);
  const rows: Row[] = [];
  const errors: RowError[] = [];
  const skipped: ImportReport['skipped'] = [];
  for (const raw of csv.rows) {
    const result = normaliseRow(raw, columns);
    if (!result.ok) {
      errors.push(...result.errors);
      continue;
    }
    const name = result.value.model.replace(/\s+/g, ' ').trim();
    if (name === '') {
      skipped.push({ row: raw.row, reason: Object.keys(result.cells).length === 0 ? 'empty row' : 'no model name' });
      continue;
    }
    rows.push({ ...result.value, row: raw.row, name, published_on: result.value.published?.date ?? null, developers: result.value.organisations, cells: result.cells });
  }
  if (errors.length > 0) throw new RowValidationError(errors);
  if (rows.length === 0) throw new ImportInputError(`none of the ${csv.rows.length} rows names a model: nothing to import`);

  const resolve = developerResolver(entities, aliases);
  const models: Model[] = assignIds(rows, previous?.models ?? []).map(({ item: r, id, key }) => ({
    id,
    name: r.name,
    key,
    developers: r.developers.map((name) => ({ name, entity_id: resolve(name) })),
    countries: r.countries,
    published_on: r.published_on,
    date_precision: r.published?.precision ?? null,
    domains: r.domain,
    tasks: r.task,
    parameters: r.parameters,
    training_compute: r.training_compute,
    hardware: r.hardware,
    accessibility: r.accessibility,
    open_weights: r.accessibility === null ? null : r.accessibility.startsWith('Open weights'),
    link: r.link,
    source_id: EPOCH_SOURCE_ID,
    cells: r.cells,
  }));

  const release: Release = {
    file: basename(path),
    sha256: csv.sha256,
    bytes: csv.bytes,
    rows: csv.rows.length,
    columns,
    newest_publication: models.reduce<string | null>((max, m) => (m.published_on && (!max || m.published_on > max) ? m.published_on : max), null),
    skipped,
  };
  return { snapshot: { release, models }, report: reportOf(release, models, previous) };
}

function reportOf(release: Release, models: Model[], previous: Snapshot | null): ImportReport {
  const byName = groupBy(models, (m) => m.name);
  const credits = new Map<string, { entity_id: string | null; models: number }>();
  for (const m of models) {
    for (const d of m.developers) {
      const c = credits.get(d.name) ?? { entity_id: d.entity_id, models: 0 };
      c.models += 1;
      credits.set(d.name, c);
    }
  }
  const sorted = [...credits].sort((a, b) => b[1].models - a[1].models || (a[0] < b[0] ? -1 : 1));
  return {
    file: release.file,
    sha256: release.sha256,
    rows: release.rows,
    models: models.length,
    ...diffModels(previous?.models ?? [], models),
    duplicates: [...byName]
      .filter(([, same]) => same.length > 1)
      .map(([name, same]) => ({ name, models: same.map(({ id, key }) => ({ id, key })) })),
    skipped: release.skipped,
    unresolved: sorted.filter(([, c]) => c.entity_id === null).map(([name, c]) => ({ name, models: c.models })),
    resolved: sorted.filter(([, c]) => c.entity_id !== null).map(([name, c]) => ({ name, entity_id: c.entity_id!, models: c.models })),
  };
}
