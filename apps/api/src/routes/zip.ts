import type { Readable } from 'node:stream';
import { ZipArchive } from 'archiver';
import { listSources, tableNames, type Database, type TableName } from '@aiwatch/db';
import { buildDataPackage, measuring, tableCsvStream, type ResourceFile } from '@aiwatch/db/export';
import type { Source } from '@aiwatch/data/schemas';

function citeReadme(sources: Source[], version: string, retrieved: string): string {
  const docs = sources
    .filter((s) => s.kind === 'document')
    .map((s) => `- ${s.author}, "${s.title}" (${s.title_zh}), ${s.publisher}${s.published_on ? `, ${s.published_on}` : ''}. ${s.url}`);
  const tables = sources
    .filter((s) => s.kind === 'dataset')
    .map((s) => `- ${s.author}, "${s.title}" [data set], release of ${s.row_count} rows, file sha256 ${s.sha256}. Licence ${s.licence}. ${s.url}`);
  return [
    '# China AI Watch — datasets',
    '',
    `${tableNames.length} CSV tables (UTF-8, RFC 4180, header row) described by datapackage.json, a Frictionless Data`,
    'Package giving each column its type, description and the file hashes. Every figure, event and',
    'relation names its document (source_id), section (locator) and the literal text of the claim',
    '(source_text), with what other references say of it (review_*). models.csv is data by Epoch AI',
    '(CC BY 4.0): each model names the dataset release (source_id), its row (key) and each cell as written (cells).',
    '',
    '## How to cite',
    '',
    `China AI Watch (${retrieved.slice(0, 4)}). China's AI ecosystem: figures, events and relations with provenance`,
    `[Data set], version ${version.slice(0, 12)}. Retrieved ${retrieved}. Licence CC BY 4.0.`,
    '',
    'Cite also the documents the figures you use come from:',
    '',
    ...docs,
    '',
    'and, for the AI models, the dataset they come from (credit Epoch AI, as its licence asks):',
    '',
    ...tables,
    '',
    `The company figures from news reports (company_facts.csv) cite ${sources.filter((s) => s.kind === 'article').length} articles by URL,`,
    'publisher, date and reliability (sources.csv, kind "article"); cite the article a figure comes from.',
    '',
    '## 引用方式',
    '',
    `China AI Watch（${retrieved.slice(0, 4)}）。中國AI生態系數據集（附出處），版本 ${version.slice(0, 12)}，${retrieved} 擷取，CC BY 4.0 授權。`,
    '並請引用所用數據的原始文件（見上列）；使用AI模型資料時，請依其授權註明出處為 Epoch AI。',
    '',
  ].join('\n');
}

/**
 * Every CSV, then datapackage.json (with the sizes and hashes of the CSVs just written) and a
 * README on how to cite, as one streamed ZIP archive.
 */
export function datasetsZip(db: Database, version: string): ZipArchive {
  const archive = new ZipArchive({ zlib: { level: 6 } });
  const resources: Partial<Record<TableName, ResourceFile>> = {};
  let current: Readable | null = null;
  let closed = false;
  // An archive given up part-way (the client left) stops reading the tables too.
  archive.once('close', () => {
    closed = true;
    current?.destroy();
  });
  const fail = (e: unknown) => archive.destroy(e instanceof Error ? e : new Error(String(e)));

  // One table at a time, each read only when the one before is in the archive: an archive a
  // client leaves early has cost one table's first batch, not a query of every table at once.
  const appendTable = (i: number) => {
    if (closed) return;
    const name = tableNames[i];
    if (name === undefined) return void finish().catch(fail);
    const file: ResourceFile = { bytes: 0, sha256: '' };
    resources[name] = file;
    const csv = tableCsvStream(db, name).pipe(measuring(file));
    current = csv;
    csv.once('end', () => appendTable(i + 1));
    csv.once('error', fail);
    archive.append(csv, { name: `${name}.csv` });
  };
  const finish = async () => {
    const sources = (await listSources(db, { limit: 500 })).items;
    archive.append(`${JSON.stringify(buildDataPackage(sources, resources), null, 2)}\n`, { name: 'datapackage.json' });
    archive.append(citeReadme(sources, version, new Date().toISOString().slice(0, 10)), { name: 'README.md' });
    await archive.finalize();
  };
  appendTable(0);
  return archive;
}
