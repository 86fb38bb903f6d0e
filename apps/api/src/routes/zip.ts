import type { Readable } from 'node:stream';
import { ZipArchive } from 'archiver';
import { tableNames, type TableName } from '@aiwatch/db';
import { buildDataPackage, measuring, type ResourceFile } from '@aiwatch/db/export';
import { datasetCitation, type CitedRelease } from '@aiwatch/data/releases';
import type { Source } from '@aiwatch/data/schemas';

/** What a download holds, wherever it is read from: the database (the current data) or a past release rebuilt in memory. */
export interface ZipContents {
  release: CitedRelease | null;
  /** Where this download lives, for the citation. */
  url: string;
  sources: Source[];
  table(name: TableName): Readable;
  /** CHANGES.md: the release's notes and changes (null without a release). */
  changes(): Promise<string | null>;
}

function readme({ release, url, sources }: ZipContents): string {
  const cite = datasetCitation(release, url);
  const docs = sources
    .filter((s) => s.kind === 'document')
    .map((s) => `- ${s.author}, "${s.title}" (${s.title_zh}), ${s.publisher}${s.published_on ? `, ${s.published_on}` : ''}. ${s.url}`);
  const tables = sources
    .filter((s) => s.kind === 'dataset')
    .map((s) => `- ${s.author}, "${s.title}" [data set], release of ${s.row_count} rows, file sha256 ${s.sha256}. Licence ${s.licence}. ${s.url}`);
  const articles = sources.filter((s) => s.kind === 'article').length;
  return [
    '# China AI Watch — datasets',
    '',
    `${tableNames.length} CSV tables (UTF-8, RFC 4180, header row) described by datapackage.json, a Frictionless Data`,
    'Package giving each column its type, description and the file hashes. Every figure, event and',
    'relation names its document (source_id), section (locator) and the literal text of the claim',
    '(source_text), with what other references say of it (review_*). models.csv is data by Epoch AI',
    '(CC BY 4.0): each model names the dataset release (source_id), its row (key) and each cell as written (cells).',
    ...(release
      ? ['', `This is release ${release.version} of ${release.released_on}: a fixed version of the whole dataset that never changes.`, 'CHANGES.md says what it changed since the release before it.']
      : []),
    '',
    '## How to cite',
    '',
    cite.en,
    '',
    'The release number is the version; the sha256 names the exact content it stands for.',
    '',
    'Cite also the documents the figures you use come from:',
    '',
    ...docs,
    '',
    'and, for the AI models, the dataset they come from (credit Epoch AI, as its licence asks):',
    '',
    ...tables,
    '',
    ...(articles > 0
      ? [`The company figures from news reports (company_facts.csv) cite ${articles} articles by URL,`, 'publisher, date and reliability (sources.csv, kind "article"); cite the article a figure comes from.', '']
      : []),
    '## 引用方式',
    '',
    cite.zh,
    '',
    '並請引用所用數據的原始文件（見上列）；使用AI模型資料時，請依其授權註明出處為 Epoch AI。',
    '',
  ].join('\n');
}

/**
 * Every CSV, then datapackage.json (with the sizes and hashes of the CSVs just written), a README
 * on how to cite and CHANGES.md, as one streamed ZIP archive. Entries are dated with the release,
 * so a release's archive is the same bytes every time.
 */
export function datasetsZip(contents: ZipContents): ZipArchive {
  const archive = new ZipArchive({ zlib: { level: 6 } });
  const date = contents.release ? new Date(`${contents.release.released_on}T00:00:00Z`) : new Date();
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
    const csv = contents.table(name).pipe(measuring(file));
    current = csv;
    csv.once('end', () => appendTable(i + 1));
    csv.once('error', fail);
    archive.append(csv, { name: `${name}.csv`, date });
  };
  const finish = async () => {
    const changes = await contents.changes();
    archive.append(`${JSON.stringify(buildDataPackage(contents.sources, resources, contents.release && { release: contents.release, url: contents.url }), null, 2)}\n`, { name: 'datapackage.json', date });
    archive.append(readme(contents), { name: 'README.md', date });
    if (changes !== null) archive.append(changes, { name: 'CHANGES.md', date });
    await archive.finalize();
  };
  appendTable(0);
  return archive;
}
