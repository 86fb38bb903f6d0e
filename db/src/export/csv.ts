import { Readable } from 'node:stream';
import { stringify, type Stringifier } from 'csv-stringify';
import { getTableColumns } from 'drizzle-orm';
import { sortedKeysJson } from '@aiwatch/data/releases';
import type { PGlite } from '@electric-sql/pglite';
import type { Database } from '../client.ts';
import { downloadSlots } from '../dedicated-connection.ts';
import { publicTables, type TableName } from '../queries/stream.ts';
import { stringifyCopyCsv } from './copy-csv.ts';
import { copyFromPglite, copyFromPostgres } from './copy-sources.ts';

export interface CsvOptions {
  /** Prefix a UTF-8 byte-order mark, for spreadsheet programs that misread UTF-8 without it. */
  bom?: boolean;
}

/** Column names of a public table, in schema order: the CSV header. */
export function csvColumns(name: TableName): string[] {
  return Object.keys(getTableColumns(publicTables[name]));
}

/** The csv-stringify settings every CSV of the project uses (RFC 4180, formula-safe text cells). */
export function createCsvStringifier(columns: string[], options: CsvOptions = {}): Stringifier {
  return stringify({
    header: true,
    columns,
    bom: options.bom ?? false,
    record_delimiter: 'windows',
    // Text cells beginning with = + - @ tab or CR get a leading apostrophe; numbers are left alone.
    escape_formulas: true,
    cast: {
      // Arrays (aliases, sections …) and objects as JSON, the Frictionless `array` and `object`
      // types; keys sorted, so a cell reads the same whatever order the database keeps them in.
      object: (value) => sortedKeysJson(value),
      date: (value) => value.toISOString(),
      // csv-stringify's default writes false as an empty cell, which reads back as missing.
      boolean: (value) => (value ? 'true' : 'false'),
    },
  });
}

/**
 * A whole table as CSV, written by the database's own COPY (csv-stringify's bytes, see
 * copy-select.ts and copy-csv.ts): PostgreSQL streams it on a dedicated connection (one of the
 * database's download slots), PGlite in pages of ids. Memory stays flat however many rows.
 */
export function tableCsvStream(db: Database, name: TableName, options: CsvOptions = {}): Readable {
  const slots = downloadSlots(db);
  const copy = slots ? copyFromPostgres(db, slots, name) : copyFromPglite((db as unknown as { $client: PGlite }).$client, name);
  return Readable.from(stringifyCopyCsv(copy, options.bom ?? false), { objectMode: false });
}
