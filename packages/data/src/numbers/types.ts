/**
 * What the parser hands back. The names carry a `Parsed`/`Display` prefix because
 * `@aiwatch/data` re-exports every module from its root, next to the schemas' `Unit` and
 * `Qualifier`; `types.test.ts` proves these unions still fit the schemas.
 */

/** Base units a quantity is stored in; `null` when the document gives a bare number. */
export type ParsedUnit = 'USD' | 'CNY' | 'percent' | 'users' | 'count';

/**
 * `over` and `at_least` are lower bounds (lower = value, upper = null). `about` has no bounds,
 * except "nearly N", which is `about` with upper = N: the document says the true value is
 * close to N and does not reach it.
 */
export type ParsedQualifier = 'exact' | 'over' | 'about' | 'at_least';

export interface ParsedQuantity {
  kind: 'quantity';
  /** In base units: `1140萬` is 11400000, `4億美元` is 400000000 with unit 'USD'. */
  value: number;
  unit: ParsedUnit | null;
  qualifier: ParsedQualifier;
  lower: number | null;
  upper: number | null;
}

export type ParsedDatePrecision = 'day' | 'month' | 'season' | 'year' | 'decade';

/** Where within its period the document places the date: "late 1980s", "by 2027", "since 2019". */
export type ParsedDateQualifier = 'exact' | 'early' | 'late' | 'by' | 'after';

export interface ParsedDate {
  kind: 'date';
  /** First day of the period, ISO `YYYY-MM-DD`: the 1950s are 1950-01-01, spring 2025 is 2025-03-01. */
  date: string;
  precision: ParsedDatePrecision;
  qualifier: ParsedDateQualifier;
  year: number;
  /** The year again, so a date can be stored as a figure with unit 'year' (`2015年` → 2015). */
  value: number;
  unit: 'year';
}

export type ParsedFigure = ParsedQuantity | ParsedDate;

export type DisplayLocale = 'en' | 'zh-Hant';

/** Everything `formatValue` can label: the quantity units, 'year', or none. */
export type DisplayUnit = ParsedUnit | 'year' | null;
