import { createHash } from 'node:crypto';
import type { CollectionName, Dataset } from '../dataset/types.ts';

/** The dataset's tables in the order releases, downloads and counts list them. */
export const datasetTables = [
  'sources',
  'entities',
  'metrics',
  'figures',
  'events',
  'relations',
  'models',
  'company_facts',
  'fact_groups',
] as const satisfies readonly CollectionName[];

export type DatasetTable = (typeof datasetTables)[number];

/** A record of any table, as the dataset holds it: an id and its fields. */
export type DatasetRecord = { id: string } & Record<string, unknown>;

/** A dataset seen as plain records by table: what releases compare, replay and hash. */
export type DatasetTables = Record<DatasetTable, DatasetRecord[]>;

export function asTables(data: Partial<Dataset> | Partial<DatasetTables>): DatasetTables {
  const source = data as Partial<Record<DatasetTable, DatasetRecord[]>>;
  return Object.fromEntries(datasetTables.map((t) => [t, source[t] ?? []])) as DatasetTables;
}

function sortKeys(value: unknown, keep: (v: unknown) => boolean): unknown {
  if (Array.isArray(value)) return value.map((v) => sortKeys(v, keep));
  if (value === null || typeof value !== 'object') return value;
  const sorted: Record<string, unknown> = {};
  for (const key of Object.keys(value).sort()) {
    const v = (value as Record<string, unknown>)[key];
    if (keep(v)) sorted[key] = sortKeys(v, keep);
  }
  return sorted;
}

/**
 * A record as releases compare, hash and store it: object keys sorted, and members without a value
 * (null or undefined) left out, so a field written as null and one not written at all are the same.
 */
export const canonicalValue = (value: unknown): unknown => sortKeys(value, (v) => v !== undefined && v !== null);

export const canonicalJson = (value: unknown): string => JSON.stringify(canonicalValue(value));

/** Whether two field values are the same once canonical (null and undefined both meaning no value). */
export const sameValue = (a: unknown, b: unknown): boolean => canonicalJson(a ?? null) === canonicalJson(b ?? null);

/** JSON with object keys sorted and every member JSON would write, nulls included (CSV cells). */
export const sortedKeysJson = (value: unknown): string => JSON.stringify(sortKeys(value, (v) => v !== undefined));

const byId = (a: DatasetRecord, b: DatasetRecord) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

export const sortedById = (records: readonly DatasetRecord[]): DatasetRecord[] => [...records].sort(byId);

/**
 * The SHA-256 of the dataset's content: every table's records in id order, keys sorted. Neither
 * the order records are written in nor the order of an object's keys changes it, so a dataset
 * rebuilt from a release's changes hashes the same as the one the release was made from.
 */
export function datasetHash(data: Partial<Dataset> | Partial<DatasetTables>): string {
  const tables = asTables(data);
  const hash = createHash('sha256');
  for (const table of datasetTables) {
    hash.update(`${table}\n`);
    for (const record of sortedById(tables[table])) hash.update(`${canonicalJson(record)}\n`);
  }
  return hash.digest('hex');
}
