import { createHash } from 'node:crypto';
import { createWriteStream } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { Transform } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type { Source } from '@aiwatch/data/schemas';
import type { Database } from '../client.ts';
import { allSources } from '../queries/sources.ts';
import { tableNames, type TableName } from '../queries/stream.ts';
import { tableCsvStream } from './csv.ts';
import { buildDataPackage, type ResourceFile } from './datapackage.ts';

/** Passes bytes through while counting and hashing them (for the data package's bytes and hash). */
export function measuring(into: ResourceFile): Transform {
  const hash = createHash('sha256');
  return new Transform({
    transform(chunk: Buffer, _enc, done) {
      hash.update(chunk);
      into.bytes += chunk.length;
      done(null, chunk);
    },
    flush(done) {
      into.sha256 = hash.digest('hex');
      done();
    },
  });
}

export interface ExportResult {
  files: string[];
  resources: Partial<Record<TableName, ResourceFile>>;
}

/** Writes every table as `<name>.csv` plus `datapackage.json` into `dir`, read from the database. */
export async function exportToDir(db: Database, dir: string): Promise<ExportResult> {
  await mkdir(dir, { recursive: true });
  const resources: ExportResult['resources'] = {};
  for (const name of tableNames) {
    const file: ResourceFile = { bytes: 0, sha256: '' };
    await pipeline(tableCsvStream(db, name), measuring(file), createWriteStream(join(dir, `${name}.csv`)));
    resources[name] = file;
  }
  const sources: Source[] = await allSources(db);
  await writeFile(join(dir, 'datapackage.json'), `${JSON.stringify(buildDataPackage(sources, resources), null, 2)}\n`);
  return { files: [...tableNames.map((n) => `${n}.csv`), 'datapackage.json'], resources };
}
