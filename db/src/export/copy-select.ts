import { getTableColumns, getTableName } from 'drizzle-orm';
import type { PgColumn } from 'drizzle-orm/pg-core';
import { publicTables, tableOrder, type TableName } from '../queries/stream.ts';

/**
 * First characters csv-stringify's `escape_formulas` prefixes with an apostrophe (= + - @ tab CR
 * and their full-width forms), as code points.
 */
const formulaStarts = [61, 43, 45, 64, 9, 13, 0xff1d, 0xff0b, 0xff0d, 0xff20].join(', ');

const quoteIdent = (name: string) => `"${name.replaceAll('"', '""')}"`;

/** Text as csv-stringify writes it, before quoting: formulas defused, '' as NULL (COPY quotes ''). */
const textCell = (x: string) => `CASE WHEN ascii(${x}) IN (${formulaStarts}) THEN '''' || ${x} ELSE NULLIF(${x}, '') END`;

/** The SQL expression giving a column's cell, by the column's SQL type. */
function cell(column: PgColumn, x: string): string {
  switch (column.getSQLType()) {
    case 'text':
      return textCell(x);
    case 'date':
      return textCell(`${x}::text`);
    case 'integer':
      return x;
    case 'double precision':
      return `csv_number(${x})`;
    case 'boolean':
      return `CASE WHEN ${x} THEN 'true' WHEN NOT ${x} THEN 'false' END`;
    case 'text[]':
      return `to_json(${x})::text`;
    case 'json':
      return `csv_json(${x}::jsonb)`;
    case 'jsonb':
      return `csv_json(${x})`;
    default:
      throw new Error(`no CSV cell for column ${column.name} of type ${column.getSQLType()}`);
  }
}

/** The table's `tableOrder` as a row of its columns, `t.date_start, t.id`: ORDER BY and page bounds. */
export const sortKey = (name: TableName) => tableOrder[name].map((c) => `t.${quoteIdent(c)}`).join(', ');

/**
 * The SELECT whose rows, as COPY writes them in CSV, carry the cells csv-stringify writes for the
 * table (csv.ts's settings); the quoting and line ends that still differ are mended by
 * `stringifyCopyCsv`. `where` narrows it to a range of sort keys (PGlite pages).
 */
export function copySelect(name: TableName, where = ''): string {
  const table = publicTables[name];
  const cells = Object.values(getTableColumns(table)).map(
    (c) => `${cell(c, `t.${quoteIdent(c.name)}`)} AS ${quoteIdent(c.name)}`,
  );
  // t.id, not id: an output column named id (the converted cell) would otherwise be the sort key.
  return `SELECT ${cells.join(', ')} FROM ${quoteIdent(getTableName(table))} AS t${where ? ` WHERE ${where}` : ''} ORDER BY ${sortKey(name)}`;
}
