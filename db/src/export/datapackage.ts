import { getTableColumns } from 'drizzle-orm';
import { getTableConfig, type PgTable } from 'drizzle-orm/pg-core';
import { datasetCitation, type CitedRelease } from '@aiwatch/data/releases';
import type { Source } from '@aiwatch/data/schemas';
import { publicTables, tableNames, type TableName } from '../queries/stream.ts';
import { columnDictionary } from './dictionary.ts';
import { tableDocs } from './table-docs.ts';

type FieldType = 'string' | 'number' | 'integer' | 'date' | 'array' | 'boolean' | 'object';

/** Frictionless Table Schema types, from the drizzle column types. */
const fieldTypes: Record<string, FieldType> = {
  PgText: 'string',
  PgDoublePrecision: 'number',
  PgInteger: 'integer',
  PgDateString: 'date',
  PgArray: 'array',
  PgBoolean: 'boolean',
  PgJsonb: 'array',
  PgJson: 'array',
};
/** jsonb columns whose values are objects rather than arrays. */
const objectColumns = new Set(['models.cells', 'company_facts.usd']);

/** The table whose rows a drizzle table holds, by the dataset name the package gives it. */
const resourceOf = new Map<PgTable, TableName>(tableNames.map((name) => [publicTables[name], name]));

/** Table Schema names one column as a string, several as an array. */
const names = (columns: { name: string }[]) => (columns.length === 1 ? columns[0]!.name : columns.map((c) => c.name));

/**
 * The table's foreign keys as Table Schema declares them, read from the database schema so the
 * package states exactly what the database enforces; a reference to the table itself names the
 * resource "" (the spec's self-reference). Array cells (events.entity_ids) are not references
 * Table Schema can express, and the database does not declare them either.
 */
function foreignKeys(name: TableName) {
  return getTableConfig(publicTables[name]).foreignKeys.map((fk) => {
    const { columns, foreignTable, foreignColumns } = fk.reference();
    const target = resourceOf.get(foreignTable);
    if (!target) throw new Error(`${name} references ${getTableConfig(foreignTable).name}, which the package does not hold`);
    return { fields: names(columns), reference: { resource: target === name ? '' : target, fields: names(foreignColumns) } };
  });
}

export function tableSchema(name: TableName) {
  const fields = Object.entries(getTableColumns(publicTables[name])).map(([column, def]) => {
    const doc = columnDictionary[name][column];
    if (!doc) throw new Error(`column ${name}.${column} has no entry in the column dictionary`);
    const type = objectColumns.has(`${name}.${column}`) ? 'object' : fieldTypes[def.columnType];
    if (!type) throw new Error(`column ${name}.${column}: no Table Schema type for ${def.columnType}`);
    return {
      name: column,
      type,
      description: doc.en,
      description_zh: doc.zh,
      ...(def.notNull ? { constraints: { required: true } } : {}),
    };
  });
  const references = foreignKeys(name);
  // The schema allows no empty foreignKeys list: a table referencing nothing leaves it out.
  return { fields, primaryKey: 'id', missingValues: [''], ...(references.length > 0 ? { foreignKeys: references } : {}) };
}

export interface ResourceFile {
  bytes: number;
  /** Hex SHA-256 of the file. */
  sha256: string;
}

/** The models table is Epoch AI's data: its resource names the release and its licence, with credit. */
function datasetAttribution(sources: Source[]) {
  const releases = sources.filter((s) => s.kind === 'dataset');
  return {
    sources: releases.map((s) => ({ title: `${s.publisher}, “${s.title}” (sha256 ${s.sha256})`, path: s.url })),
    licenses: [
      { name: 'CC-BY-4.0', title: 'Creative Commons Attribution 4.0 — data by Epoch AI', path: 'https://creativecommons.org/licenses/by/4.0/' },
    ],
  };
}

/**
 * The Frictionless Data Package describing every CSV. `files` adds size and hash per resource,
 * known once the files are written; `cite` the release it is, and where it is downloaded, for its citation.
 */
export function buildDataPackage(sources: Source[], files: Partial<Record<TableName, ResourceFile>> = {}, cite: { release: CitedRelease; url: string } | null = null) {
  return {
    profile: 'tabular-data-package',
    name: 'china-ai-watch',
    ...(cite ? { version: cite.release.version, created: `${cite.release.released_on}T00:00:00Z`, citation: datasetCitation(cite.release, cite.url).en } : {}),
    title: 'China AI Watch — figures, events and relations of China’s AI ecosystem, with provenance',
    description:
      'Every record is a claim traced to its document (source_id), section (locator) and literal text (source_text), with a fact-check review.',
    licenses: [
      { name: 'CC-BY-4.0', title: 'Creative Commons Attribution 4.0', path: 'https://creativecommons.org/licenses/by/4.0/' },
    ],
    sources: sources.map((s) => ({ title: `${s.title} — ${s.author}, ${s.publisher}`, path: s.url })),
    resources: tableNames.map((name) => {
      const file = files[name];
      return {
        name,
        path: `${name}.csv`,
        title: tableDocs[name].title_en,
        description: tableDocs[name].description_en,
        profile: 'tabular-data-resource',
        format: 'csv',
        mediatype: 'text/csv',
        encoding: 'utf-8',
        dialect: { delimiter: ',', lineTerminator: '\r\n', header: true },
        ...(file ? { bytes: file.bytes, hash: `sha256:${file.sha256}` } : {}),
        ...(name === 'models' ? datasetAttribution(sources) : {}),
        schema: tableSchema(name),
      };
    }),
  };
}

export type DataPackage = ReturnType<typeof buildDataPackage>;
