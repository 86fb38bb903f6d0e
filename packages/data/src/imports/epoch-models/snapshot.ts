import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';
import { modelSchema, type Model } from '../../schemas/index.ts';
import { COLUMNS, type ColumnMap } from './columns.ts';

/** Where the committed snapshot lives: `packages/data/snapshots/epoch-ai-models/`. */
export const SNAPSHOT_DIR = fileURLToPath(new URL('../../../snapshots/epoch-ai-models/', import.meta.url));

/** What the snapshot records of the release it was made from. */
export const releaseSchema = z
  .object({
    file: z.string().min(1),
    sha256: z.string().regex(/^[0-9a-f]{64}$/),
    bytes: z.number().int().positive(),
    rows: z.number().int().positive(),
    /** The header each field was read from. */
    columns: z.partialRecord(z.enum(Object.keys(COLUMNS) as [keyof typeof COLUMNS]), z.string()),
    newest_publication: z.iso.date().nullable(),
    skipped: z.array(z.object({ row: z.number().int(), reason: z.string() }).strict()),
  })
  .strict();
export type Release = z.infer<typeof releaseSchema> & { columns: ColumnMap };

export interface Snapshot {
  release: Release;
  models: Model[];
}

/** One model per line, keys in schema order, sorted by id: a re-import that changes nothing changes no byte. */
export function formatModels(models: readonly Model[]): string {
  const order = Object.keys(modelSchema.shape);
  const lines = [...models]
    .sort((a, b) => (a.id < b.id ? -1 : 1))
    .map((m) => JSON.stringify(Object.fromEntries(order.map((k) => [k, m[k as keyof Model]]))));
  return `[\n${lines.join(',\n')}\n]\n`;
}

export function readSnapshot(dir = SNAPSHOT_DIR): Snapshot | null {
  let release: unknown, models: unknown;
  try {
    release = JSON.parse(readFileSync(join(dir, 'release.json'), 'utf8'));
    models = JSON.parse(readFileSync(join(dir, 'models.json'), 'utf8'));
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw e;
  }
  return { release: releaseSchema.parse(release), models: z.array(modelSchema).parse(models) };
}

/** Writes both files through temporary names, so an interrupted write leaves the old snapshot whole. */
export function writeSnapshot(snapshot: Snapshot, dir = SNAPSHOT_DIR): void {
  mkdirSync(dir, { recursive: true });
  const files: [string, string][] = [
    ['models.json', formatModels(snapshot.models)],
    ['release.json', `${JSON.stringify(snapshot.release, null, 2)}\n`],
  ];
  for (const [name, text] of files) writeFileSync(join(dir, `.${name}.tmp`), text);
  for (const [name] of files) renameSync(join(dir, `.${name}.tmp`), join(dirname(join(dir, name)), name));
}
