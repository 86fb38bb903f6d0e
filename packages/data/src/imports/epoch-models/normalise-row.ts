import { z } from 'zod';
import type { ColumnMap, Field } from './columns.ts';
import type { CsvRow } from './read-csv.ts';

/** Whitespace runs (tabs, line breaks) inside a name become one space; ends are trimmed. */
export const tidy = (s: string) => s.replace(/\s+/g, ' ').trim();

/**
 * Organisations are joined by a comma with no space after it; a comma followed by a space belongs
 * to a name ("NERSC, Lawrence Berkeley National Laboratory", "SambaNova Systems, Inc").
 */
export const splitOrganisations = (cell: string) => cell.split(/,(?!\s)/).map(tidy).filter(Boolean);
const splitList = (cell: string) => [...new Set(cell.split(',').map(tidy).filter(Boolean))];

/** 12 significant digits: `3.5999999999999997e+25` and `3.6e+25` are one figure. */
export const toSignificant = (n: number) => Number(n.toPrecision(12));

const numberCell = z
  .string()
  .trim()
  .regex(/^\d+(\.\d*)?([eE][+-]?\d+)?$/, 'must be a number written with digits (e.g. 1600000000000.0 or 3.6e+25)')
  .transform(Number)
  .refine((n) => Number.isFinite(n) && n > 0, 'must be a positive, finite number')
  .transform(toSignificant);

/** YYYY-MM-DD, YYYY-MM or YYYY: a partial date stays partial (its precision says how much is known). */
const dateCell = z
  .string()
  .trim()
  .regex(/^\d{4}(-\d{2}(-\d{2})?)?$/, 'must be a date written YYYY-MM-DD, YYYY-MM or YYYY')
  .transform((s, ctx) => {
    const [y, m = '01', d = '01'] = s.split('-');
    const iso = `${y}-${m}-${d}`;
    if (y === '0000' || !z.iso.date().safeParse(iso).success || new Date(iso).toISOString().slice(0, 10) !== iso) {
      ctx.addIssue({ code: 'custom', message: `"${s}" is not a day of the calendar` });
      return z.NEVER;
    }
    const precision = s.length === 10 ? 'day' : s.length === 7 ? 'month' : 'year';
    return { date: iso, precision } as const;
  });

/** The first URL of a cell that may list several, separated by whitespace. */
const linkCell = z
  .string()
  .transform((s) => s.trim().split(/\s+/)[0] ?? '')
  .pipe(z.url({ protocol: /^https?$/, error: 'must start with an http(s) URL' }));

const optional = <T extends z.ZodType<unknown, string>>(schema: T) =>
  z.string().transform((s) => (s.trim() === '' ? null : s)).pipe(schema.nullable());

export const rowSchema = z.object({
  model: z.string(),
  organisations: z.string().transform(splitOrganisations),
  countries: z.string().transform(splitList),
  published: optional(dateCell),
  domain: z.string().transform(splitList),
  task: z.string().transform(splitList),
  parameters: optional(numberCell),
  training_compute: optional(numberCell),
  hardware: z.string().transform(splitList),
  accessibility: z.string().transform((s) => tidy(s) || null),
  link: optional(linkCell),
});
export type NormalisedRow = z.infer<typeof rowSchema>;

export interface RowError {
  row: number;
  line: number;
  column: string;
  message: string;
  cell: string;
}

export type RowResult =
  | { ok: true; value: NormalisedRow; cells: Record<string, string> }
  | { ok: false; errors: RowError[] };

/** Longest cell taken: a name or a list of links is far shorter; more is a broken file. */
export const MAX_CELL = 10_000;
// Tabs and line breaks occur in names as written; other control characters (NUL above all, which
// PostgreSQL text cannot hold) never belong in the data.
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/;

/** Validates and normalises one row; `cells` keeps each non-empty cell the import took, as written. */
export function normaliseRow(row: CsvRow, columns: ColumnMap): RowResult {
  const input: Partial<Record<Field, string>> = {};
  const cells: Record<string, string> = {};
  const bad: RowError[] = [];
  for (const [field, header] of Object.entries(columns) as [Field, string][]) {
    const cell = row.cells[header] ?? '';
    if (CONTROL.test(cell)) bad.push({ row: row.row, line: row.line, column: header, message: 'contains a control character (such as NUL)', cell: cell.replace(CONTROL, '�') });
    if (cell.length > MAX_CELL) bad.push({ row: row.row, line: row.line, column: header, message: `is longer than ${MAX_CELL} characters`, cell: cell.slice(0, 60) });
    input[field] = cell;
    if (cell.trim() !== '') cells[header] = cell;
  }
  if (bad.length > 0) return { ok: false, errors: bad };
  for (const field of Object.keys(rowSchema.shape) as Field[]) input[field] ??= '';
  const parsed = rowSchema.safeParse(input);
  if (parsed.success) return { ok: true, value: parsed.data, cells };
  return {
    ok: false,
    errors: parsed.error.issues.map((issue) => {
      const field = issue.path[0] as Field;
      const column = columns[field] ?? field;
      return { row: row.row, line: row.line, column, message: issue.message, cell: row.cells[column] ?? '' };
    }),
  };
}
