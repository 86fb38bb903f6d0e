import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
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

/** One record per line, keys in schema order, sorted by id: a re-import that changes nothing changes no byte. */
export function formatRecords<T extends { id: string }>(records: readonly T[], order: readonly string[]): string {
  const lines = [...records]
    .sort((a, b) => (a.id < b.id ? -1 : 1))
    .map((r) => JSON.stringify(Object.fromEntries(order.map((k) => [k, r[k as keyof T]]))));
  return `[\n${lines.join(',\n')}\n]\n`;
}

export const formatModels = (models: readonly Model[]) => formatRecords(models, Object.keys(modelSchema.shape));

/** Writes files through temporary names, so an interrupted write leaves the old snapshot whole. */
export function writeFilesAtomically(dir: string, files: [string, string][]): void {
  mkdirSync(dir, { recursive: true });
  for (const [name, text] of files) writeFileSync(join(dir, `.${name}.tmp`), text);
  for (const [name] of files) renameSync(join(dir, `.${name}.tmp`), join(dir, name));
}

/** The snapshot folder holds something other than a whole snapshot: the import compares with nothing it cannot trust. */
export class SnapshotError extends Error {
  override name = 'SnapshotError';
}

/** Reads one file of the snapshot: null when the folder has none, a SnapshotError naming the file when it is unreadable. */
function readPart<T>(dir: string, name: string, schema: z.ZodType<T>): T | null {
  let text: string;
  try {
    text = readFileSync(join(dir, name), 'utf8');
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') return null;
    throw new SnapshotError(`cannot read ${join(dir, name)} (${code ?? String(e)})`);
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (e) {
    throw new SnapshotError(`${join(dir, name)} is not valid JSON (${(e as Error).message}); restore it from git`);
  }
  const parsed = schema.safeParse(json);
  if (!parsed.success) throw new SnapshotError(`${join(dir, name)} does not hold a snapshot: ${parsed.error.issues.length} problem(s), first at ${parsed.error.issues[0]!.path.join('.')}: ${parsed.error.issues[0]!.message}`);
  return parsed.data;
}

/** The committed snapshot; null when the folder holds none. Half a snapshot is an error, never "none". */
export function readSnapshot(dir = SNAPSHOT_DIR): Snapshot | null {
  const release = readPart(dir, 'release.json', releaseSchema);
  const models = readPart(dir, 'models.json', z.array(modelSchema));
  if (release === null && models === null) return null;
  if (release === null || models === null) {
    throw new SnapshotError(`${dir} holds ${release ? 'release.json' : 'models.json'} without ${release ? 'models.json' : 'release.json'}: restore the snapshot from git before importing`);
  }
  return { release: release as Release, models };
}

export function writeSnapshot(snapshot: Snapshot, dir = SNAPSHOT_DIR): void {
  writeFilesAtomically(dir, [
    ['models.json', formatModels(snapshot.models)],
    ['release.json', `${JSON.stringify(snapshot.release, null, 2)}\n`],
  ]);
}
