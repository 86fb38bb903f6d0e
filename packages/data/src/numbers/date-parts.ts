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
  quarter?: number;
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
  const { quarter } = parts;
  if (quarter !== undefined && (!Number.isInteger(quarter) || quarter < 1 || quarter > 4))
    fail(`a year has four quarters, not a quarter ${quarter}`);
  const month =
    parts.season !== undefined
      ? SEASON_START_MONTH[parts.season]
      : quarter !== undefined
        ? 3 * quarter - 2
        : (parts.month ?? 1);
  const day = parts.day ?? 1;
  if (month < 1 || month > 12) fail(`there is no month ${month}`);
  if (day < 1 || day > lastDayOfMonth(year, month))
    fail(`there is no day ${day} in ${year}-${pad(month, 2)}`);
  return {
    kind: 'date',
    date: isoDate(year, month, day),
    end: periodEnd(year, month, day, precision),
    precision,
    qualifier,
    year,
    value: year,
    unit: 'year',
  };
}

/** Day 0 of the next month is the last of this one; Date.UTC carries month 13 into next year. */
function lastDayOfMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

function isoDate(year: number, month: number, day: number): string {
  return `${pad(year, 4)}-${pad(month, 2)}-${pad(day, 2)}`;
}

/** Months a period spans, from its first; a day has its own end. */
const PERIOD_MONTHS: Readonly<Record<Exclude<ParsedDatePrecision, 'day'>, number>> = {
  month: 1,
  season: 3,
  quarter: 3,
  year: 12,
  decade: 120,
};

/** The last day of the period that starts on year-month-day (winter 2024 ends 2025-02-28). */
function periodEnd(year: number, month: number, day: number, precision: ParsedDatePrecision) {
  if (precision === 'day') return isoDate(year, month, day);
  const last = new Date(Date.UTC(year, month - 1 + PERIOD_MONTHS[precision], 0));
  return isoDate(last.getUTCFullYear(), last.getUTCMonth() + 1, last.getUTCDate());
}

/**
 * The first year of a decade written with two digits (90年代, 九十年代, the '90s), which names no
 * century and the module has no document date to guess one from. Prose uses the short form for
 * the twentieth century, so 30 to 90 read as 1930 to 1990. 00, 10 and 20 are refused: the
 * 2000s, 2010s and 2020s are written that way as often as the 1900s to 1920s.
 */
export function twoDigitDecadeStart(original: string, decade: number): number {
  if (decade % 10 !== 0) {
    throw new FigureParseError(original, `a decade starts in a year ending in 0, not ${decade}`);
  }
  if (decade < 30) {
    const ends = pad(decade, 2);
    throw new FigureParseError(
      original,
      `a two-digit decade "${ends}" may be the 19${ends}s or the 20${ends}s: write the year in full`,
    );
  }
  return 1900 + decade;
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
