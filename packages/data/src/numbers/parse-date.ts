import { canonicalText } from './canonical-text.ts';
import { makeDate } from './date-parts.ts';
import { FigureParseError } from './errors.ts';
import { matchChineseDate } from './parse-date-zh.ts';
import { matchEnglishDate } from './parse-date-en.ts';
import type { ParsedDate } from './types.ts';

const SLASH_DATE = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/;

export interface MatchDateOptions {
  /** Read a bare `2027` as the year 2027 rather than leave it to the quantity parser. */
  bareYear?: boolean;
}

/**
 * A date as a document writes it, or null when the text is not shaped like a date at all.
 * Throws FigureParseError when it is shaped like one but cannot be a date (`2024年13月`), and
 * for `09/10/2025`, whose day/month order only the document's conventions can settle: see
 * `parseUsDate`.
 */
export function matchDate(text: string, options: MatchDateOptions = {}): ParsedDate | null {
  const canonical = canonicalText(text);
  if (SLASH_DATE.test(canonical)) {
    throw new FigureParseError(
      text,
      'a slash date may be month/day or day/month; read it with parseUsDate if the source is American',
    );
  }
  return (
    matchChineseDate(canonical, text) ?? matchEnglishDate(canonical, text, options.bareYear ?? true)
  );
}

/** Like `matchDate`, but throws when the text is not a date. A bare `2027` is the year 2027. */
export function parseDate(text: string): ParsedDate {
  const date = matchDate(text, { bareYear: true });
  if (date === null) throw new FigureParseError(text, 'it is not a date this parser knows');
  return date;
}

/**
 * `09/10/2025` read in the American order month/day/year, as the FPRI digest dates its
 * articles: 2025-09-10.
 */
export function parseUsDate(text: string): ParsedDate {
  const m = SLASH_DATE.exec(canonicalText(text));
  if (m === null)
    throw new FigureParseError(text, 'it is not a month/day/year date such as 09/10/2025');
  const [, month, day, year] = m;
  return makeDate(text, {
    year: Number(year),
    month: Number(month),
    day: Number(day),
    precision: 'day',
    qualifier: 'exact',
  });
}
