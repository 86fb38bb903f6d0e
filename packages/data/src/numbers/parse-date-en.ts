import { makeDate, oneQualifier, twoDigitDecadeStart, type Season } from './date-parts.ts';
import { FigureParseError } from './errors.ts';
import type { ParsedDate, ParsedDateQualifier } from './types.ts';

const MONTHS = [
  'january',
  'february',
  'march',
  'april',
  'may',
  'june',
  'july',
  'august',
  'september',
  'october',
  'november',
  'december',
] as const;

const SEASONS: Readonly<Record<string, Season>> = {
  spring: 'spring',
  summer: 'summer',
  autumn: 'autumn',
  fall: 'autumn',
  winter: 'winter',
};

const QUARTER_ORDINALS: Readonly<Record<string, number>> = {
  first: 1,
  second: 2,
  third: 3,
  fourth: 4,
  '1st': 1,
  '2nd': 2,
  '3rd': 3,
  '4th': 4,
};

/** The month a name or its abbreviation (`Sep`, `Sept.`) stands for, from 1. */
function monthNumber(word: string): number | null {
  const name = word.replace(/\.$/, '');
  if (name.length < 3) return null;
  const index = MONTHS.findIndex(
    (m) => m.startsWith(name) || (name === 'sept' && m === 'september'),
  );
  return index === -1 ? null : index + 1;
}

const LEADING_WORDS: readonly (readonly [RegExp, ParsedDateQualifier | 'mid' | null])[] = [
  [/^(?:the|in) /, null],
  [/^(?:by|before) /, 'by'],
  [/^(?:since|after) /, 'after'],
  [/^early /, 'early'],
  [/^late /, 'late'],
  [/^mid-? ?/, 'mid'],
];

/**
 * A date written in English (`Spring 2025`, `June 2024`, `the 1950s`, `the '90s`, `Q2 2025`,
 * `second quarter of 2025`, `late 1980s`, `by 2027`, `2025-03-01`), or null when the text is not
 * shaped like one. A bare `2027` counts as a year only when `bareYear` is set or a word such as
 * "by" or "early" says it is a date.
 */
export function matchEnglishDate(
  text: string,
  original: string,
  bareYear: boolean,
): ParsedDate | null {
  let core = text.toLowerCase();
  const found: (ParsedDateQualifier | null)[] = [];
  for (let again = true; again;) {
    again = false;
    for (const [pattern, meaning] of LEADING_WORDS) {
      if (!pattern.test(core)) continue;
      if (meaning === 'mid') {
        throw new FigureParseError(
          original,
          'the middle of a period is not a date qualifier the dataset has',
        );
      }
      found.push(meaning);
      core = core.replace(pattern, '');
      again = true;
    }
  }
  // Any leading word, even a bare "in", says the number that follows is a date.
  const saidDate = found.length > 0;
  const qualifier = () => oneQualifier(original, ...found);
  const date = (parts: Omit<Parameters<typeof makeDate>[1], 'qualifier'>) =>
    makeDate(original, { ...parts, qualifier: qualifier() });

  let m = /^(\d{3}0)'?s$/.exec(core);
  if (m !== null) return date({ year: Number(m[1]), precision: 'decade' });
  m = /^['’]?(\d{2})['’]?s$/.exec(core);
  if (m !== null) {
    return date({ year: twoDigitDecadeStart(original, Number(m[1])), precision: 'decade' });
  }
  const quarter = quarterOf(core);
  if (quarter !== null) return date({ ...quarter, precision: 'quarter' });
  m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(core);
  if (m !== null) {
    return date({ year: Number(m[1]), month: Number(m[2]), day: Number(m[3]), precision: 'day' });
  }
  m = /^(\d{4})-(\d{2})$/.exec(core);
  if (m !== null) return date({ year: Number(m[1]), month: Number(m[2]), precision: 'month' });
  m = /^([a-z]+)(?: of)?,? (\d{4})$/.exec(core);
  const season = SEASONS[m?.[1] ?? ''];
  if (m !== null && season !== undefined)
    return date({ year: Number(m[2]), season, precision: 'season' });
  m = /^([a-z]+\.?),? (\d{4})$/.exec(core);
  const month = monthNumber(m?.[1] ?? '');
  if (m !== null && month !== null) return date({ year: Number(m[2]), month, precision: 'month' });
  m = /^([a-z]+\.?) (\d{1,2}),? (\d{4})$/.exec(core) ?? swapDayFirst(core);
  const dayMonth = monthNumber(m?.[1] ?? '');
  if (m !== null && dayMonth !== null) {
    return date({ year: Number(m[3]), month: dayMonth, day: Number(m[2]), precision: 'day' });
  }
  m = /^(\d{4})$/.exec(core);
  if (m !== null && (bareYear || saidDate)) return date({ year: Number(m[1]), precision: 'year' });
  return null;
}

/** `Q2 2025`, `2025-Q2`, `2025 Q2`, `second quarter of 2025`; the quarter is checked later. */
function quarterOf(core: string): { year: number; quarter: number } | null {
  let m = /^q(\d),? (\d{4})$/.exec(core);
  if (m !== null) return { quarter: Number(m[1]), year: Number(m[2]) };
  m = /^(\d{4})[- ]?q(\d)$/.exec(core);
  if (m !== null) return { year: Number(m[1]), quarter: Number(m[2]) };
  m = /^([a-z\d]+) quarter(?: of)?,? (\d{4})$/.exec(core);
  const ordinal = QUARTER_ORDINALS[m?.[1] ?? ''];
  return m !== null && ordinal !== undefined ? { year: Number(m[2]), quarter: ordinal } : null;
}

/** `3 June 2024` in the order of `June 3, 2024`, so one pattern reads both. */
function swapDayFirst(core: string): RegExpExecArray | null {
  const m = /^(\d{1,2}) ([a-z]+\.?),? (\d{4})$/.exec(core);
  return m === null ? null : /^([a-z]+\.?) (\d{1,2}),? (\d{4})$/.exec(`${m[2]} ${m[1]} ${m[3]}`);
}
