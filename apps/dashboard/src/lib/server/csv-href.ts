import { stringify } from 'csv-stringify/sync';
import type { ChartTable } from '$lib/charts/types';

/**
 * The data a chart shows as a `data:` CSV link (with a BOM, since readers open these in Excel).
 * Built on the server so the browser ships no CSV code.
 */
export function csvHref(table: ChartTable): string {
  const csv = stringify([table.columns, ...table.rows], { escape_formulas: true, record_delimiter: 'windows', bom: true });
  return `data:text/csv;charset=utf-8,${encodeURIComponent(csv)}`;
}
