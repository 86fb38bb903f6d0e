import { parseChineseInteger } from './chinese-numerals.ts';
import { makeDate, oneQualifier, type Season } from './date-parts.ts';
import { FigureParseError } from './errors.ts';
import type { ParsedDate, ParsedDateQualifier } from './types.ts';

const YEAR = '(\\d{4}|[〇零一二三四五六七八九]{4})';
const SMALL_NUMBER = '(\\d{1,2}|[一二三四五六七八九十]{1,3})';

const CORE_FORMS = {
  decade: new RegExp(`^${YEAR}年代$`),
  day: new RegExp(`^${YEAR}年${SMALL_NUMBER}月${SMALL_NUMBER}[日號]$`),
  month: new RegExp(`^${YEAR}年${SMALL_NUMBER}月$`),
  season: new RegExp(`^${YEAR}年(春|夏|秋|冬)(?:季|天)?$`),
  year: new RegExp(`^${YEAR}年$`),
};

const SEASONS: Readonly<Record<string, Season>> = {
  春: 'spring',
  夏: 'summer',
  秋: 'autumn',
  冬: 'winter',
};

/** Words after the date: the deadline (2027年前) or the start (2019年以來) of a span. */
const SPAN_SUFFIXES: readonly (readonly [RegExp, ParsedDateQualifier])[] = [
  [/(?:以前|之前|前)$/, 'by'],
  [/(?:以來|以後|之後)$/, 'after'],
];

/** Where in the period: 2000年代初, 1980年代後期, 2024年底. "Mid" has no place in the model. */
const POSITION_SUFFIXES: readonly (readonly [RegExp, ParsedDateQualifier | 'mid'])[] = [
  [/(?:初期|早期|上旬|初)$/, 'early'],
  [/(?:後期|晚期|末期|下旬|底|末)$/, 'late'],
  [/(?:中期|中葉|中旬)$/, 'mid'],
];

function takeSuffix<T>(text: string, forms: readonly (readonly [RegExp, T])[]): [string, T | null] {
  for (const [pattern, meaning] of forms) {
    if (pattern.test(text)) return [text.replace(pattern, ''), meaning];
  }
  return [text, null];
}

const toNumber = (written: string | undefined) =>
  /^\d+$/.test(written ?? '') ? Number(written) : parseChineseInteger(written ?? '');

/**
 * A date written in Chinese (`2024年6月`, `1950年代`, `1980年代後期`, `2025年春季`, `二〇二五年`),
 * or null when the text is not shaped like one.
 */
export function matchChineseDate(text: string, original: string): ParsedDate | null {
  if (!text.includes('年')) return null;
  const [withoutSpan, span] = takeSuffix(text, SPAN_SUFFIXES);
  const [core, position] = takeSuffix(withoutSpan, POSITION_SUFFIXES);
  if (position === 'mid') {
    throw new FigureParseError(
      original,
      'the middle of a period is not a date qualifier the dataset has',
    );
  }
  const qualifier = () => oneQualifier(original, span, position);

  let m = CORE_FORMS.decade.exec(core);
  if (m !== null) {
    return makeDate(original, {
      year: toNumber(m[1]),
      precision: 'decade',
      qualifier: qualifier(),
    });
  }
  m = CORE_FORMS.day.exec(core);
  if (m !== null) {
    const [, year, month, day] = m;
    const parts = { year: toNumber(year), month: toNumber(month), day: toNumber(day) };
    return makeDate(original, { ...parts, precision: 'day', qualifier: qualifier() });
  }
  m = CORE_FORMS.month.exec(core);
  if (m !== null) {
    const parts = { year: toNumber(m[1]), month: toNumber(m[2]) };
    return makeDate(original, { ...parts, precision: 'month', qualifier: qualifier() });
  }
  m = CORE_FORMS.season.exec(core);
  if (m !== null) {
    const parts = { year: toNumber(m[1]), season: SEASONS[m[2] ?? ''] ?? 'spring' };
    return makeDate(original, { ...parts, precision: 'season', qualifier: qualifier() });
  }
  m = CORE_FORMS.year.exec(core);
  if (m !== null) {
    return makeDate(original, { year: toNumber(m[1]), precision: 'year', qualifier: qualifier() });
  }
  return null;
}
