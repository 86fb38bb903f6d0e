import { Readable } from 'node:stream';
import type { Stringifier } from 'csv-stringify';
import type { Event, Figure, Model, Relation } from '@aiwatch/data/schemas';
import { eventToRow, figureToRow, modelToRow, relationToRow } from '../rows.ts';
import { tableOrder, type TableName } from '../queries/stream.ts';
import { createCsvStringifier, csvColumns, type CsvOptions } from './csv.ts';

/** Records as the API returns them → flat rows as the tables (and CSVs) hold them. */
export const flatRow: Record<TableName, (record: never) => Record<string, unknown>> = {
  sources: (r: object) => ({ ...r }),
  entities: (r: object) => ({ ...r }),
  metrics: (r: object) => ({ ...r }),
  figures: (r: Figure) => figureToRow(r),
  events: (r: Event) => eventToRow(r),
  relations: (r: Relation) => relationToRow(r),
  models: (r: Model) => modelToRow(r),
  company_facts: (r: object) => ({ ...r }),
  fact_groups: (r: object) => ({ ...r }),
};

/** CSV of flat rows, with the same columns as the table's dataset CSV. */
function rowsCsvStream(name: TableName, rows: Readable, options: CsvOptions): Stringifier {
  const csv = createCsvStringifier(csvColumns(name), options);
  rows.on('error', (e) => csv.destroy(e));
  return rows.pipe(csv);
}

/**
 * CSV of the records a list query yields, page by page, with the same columns as the table's
 * dataset CSV. Memory holds one page at a time.
 */
export function recordsCsvStream(
  name: TableName,
  pages: AsyncIterable<object[]>,
  options: CsvOptions = {},
): Stringifier {
  const toRow = flatRow[name] as (r: object) => Record<string, unknown>;
  const rows = Readable.from(
    (async function* () {
      for await (const page of pages) for (const record of page) yield toRow(record);
    })(),
  );
  return rowsCsvStream(name, rows, options);
}

/**
 * A table's CSV from records held in memory (a past release rebuilt from its changes), in the
 * database's order (`tableOrder`), so its bytes are those the database would stream.
 */
export function memoryTableCsvStream(name: TableName, records: readonly object[], options: CsvOptions = {}): Stringifier {
  const toRow = flatRow[name] as (r: object) => Record<string, unknown>;
  const order = tableOrder[name];
  const compare = (a: Record<string, unknown>, b: Record<string, unknown>) => {
    for (const c of order) {
      const [x, y] = [String(a[c]), String(b[c])];
      if (x !== y) return x < y ? -1 : 1;
    }
    return 0;
  };
  return rowsCsvStream(name, Readable.from(records.map(toRow).sort(compare)), options);
}
