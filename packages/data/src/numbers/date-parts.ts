import { FigureParseError } from './errors.ts';
import type { ParsedDate, ParsedDatePrecision, ParsedDateQualifier } from './types.ts';

export type Season = 'spring' | 'summer' | 'autumn' | 'winter';

/** A season is dated from the first day of its first month (northern meteorological seasons). */
const SEASON_START_MONTH: Readonly<Record<Season, number>> = {
  spring: 3,
  summer: 6,
  autumn: 9,
  winter: 12,
};

export interface DateParts {
  year: number;
  month?: number;
  day?: number;
  season?: Season;
  precision: ParsedDatePrecision;
  qualifier: ParsedDateQualifier;
}

const pad = (n: number, width: number) => String(n).padStart(width, '0');

/** Checks the parts and dates them from the first day of their period. */
export function makeDate(original: string, parts: DateParts): ParsedDate {
  const fail = (reason: string): never => {
    throw new FigureParseError(original, reason);
  };
  const { year, precision, qualifier } = parts;
  if (!Number.isInteger(year) || year < 1000 || year > 9999)
    fail(`${year} is not a four-digit year`);
  if (precision === 'decade' && year % 10 !== 0)
    fail(`a decade starts in a year ending in 0, not ${year}`);
  const month = parts.season === undefined ? (parts.month ?? 1) : SEASON_START_MONTH[parts.season];
  const day = parts.day ?? 1;
  if (month < 1 || month > 12) fail(`there is no month ${month}`);
  const lastDay = new Date(Date.UTC(year, month, 0)).getUTCDate();
  if (day < 1 || day > lastDay) fail(`there is no day ${day} in ${year}-${pad(month, 2)}`);
  return {
    kind: 'date',
    date: `${pad(year, 4)}-${pad(month, 2)}-${pad(day, 2)}`,
    precision,
    qualifier,
    year,
    value: year,
    unit: 'year',
  };
}

/**
 * Two qualifiers on one date ("by late 2027") would need a richer model than the dataset's one
 * `date_qualifier`, so they are refused rather than half-kept.
 */
export function oneQualifier(
  original: string,
  ...found: (ParsedDateQualifier | null)[]
): ParsedDateQualifier {
  const given = found.filter((q): q is ParsedDateQualifier => q !== null);
  if (given.length > 1) {
    throw new FigureParseError(original, `it has two date qualifiers (${given.join(', ')})`);
  }
  return given[0] ?? 'exact';
}
