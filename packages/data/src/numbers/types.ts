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

/**
 * The event schema's precisions, and `quarter` (2025年第二季, Q2 2025), which the schema cannot
 * store yet: a caller that stores events must decide what to do with one.
 */
export type ParsedDatePrecision = 'day' | 'month' | 'season' | 'quarter' | 'year' | 'decade';

/** Where within its period the document places the date: "late 1980s", "by 2027", "since 2019". */
export type ParsedDateQualifier = 'exact' | 'early' | 'late' | 'by' | 'after';

export interface ParsedDate {
  kind: 'date';
  /** First day of the period, ISO `YYYY-MM-DD`: the 1950s are 1950-01-01, spring 2025 is 2025-03-01. */
  date: string;
  /**
   * Last day of the same period (1959-12-31, 2025-05-31; Q2 2025 ends 2025-06-30). The qualifier
   * says where the document puts the event relative to the span: `after` (since 2019) leaves it
   * open-ended from `date` on, `by` closes it before.
   */
  end: string;
  precision: ParsedDatePrecision;
  qualifier: ParsedDateQualifier;
  year: number;
  /** The year again, so a date can be stored as a figure with unit 'year' (`2015年` → 2015). */
  value: number;
  unit: 'year';
}

/**
 * A span of values the document gives instead of one: `300至400萬`, `3-4 billion`, or a word
 * that names only an order of magnitude (`數十億美元`). Both bounds are inclusive and in base
 * units. It has no `value`: choosing a point inside (the middle, the lower end) is the
 * curator's call, not the parser's.
 */
export interface ParsedRange {
  kind: 'range';
  unit: ParsedUnit | null;
  lower: number;
  upper: number;
}

export type ParsedFigure = ParsedQuantity | ParsedRange | ParsedDate;

export type DisplayLocale = 'en' | 'zh-Hant';

/** Everything `formatValue` can label: the quantity units, 'year', or none. */
export type DisplayUnit = ParsedUnit | 'year' | null;
