import { parseChineseInteger } from './chinese-numerals.ts';
import { makeDate, oneQualifier, twoDigitDecadeStart, type Season } from './date-parts.ts';
import { FigureParseError } from './errors.ts';
import type { ParsedDate, ParsedDateQualifier } from './types.ts';

const YEAR = '(\\d{4}|[〇零一二三四五六七八九]{4})';
const SMALL_NUMBER = '(\\d{1,2}|[一二三四五六七八九十]{1,3})';

const QUARTER_NUMBER = '([一二三四五六七八九\\d])';

const CORE_FORMS = {
  decade: new RegExp(`^${YEAR}年代$`),
  // 90年代, 九十年代, 五〇年代: the century is left out, see twoDigitDecadeStart.
  shortDecade: /^(\d{2}|[一二三四五六七八九]?十|[〇零一二三四五六七八九]{2})年代$/,
  // 第二季, 第二季度, 二季度, Q2; 首季 is the first. A bare 二季 is left out: it may be two seasons.
  quarter: new RegExp(
    `^${YEAR}年(?:第${QUARTER_NUMBER}季度?|${QUARTER_NUMBER}季度|[Qq]${QUARTER_NUMBER}|(首)季度?)$`,
  ),
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

/** Words after the date: the deadline (2027年前) or the start (2019年以來, 2019年起) of a span. */
const SPAN_SUFFIXES: readonly (readonly [RegExp, ParsedDateQualifier])[] = [
  [/(?:以前|之前|前)$/, 'by'],
  [/(?:以來|以後|之後|開始|起)$/, 'after'],
];

/** 自2019年以來, 從2019年起: "since" said before the date, usually again after it. */
const SINCE_PREFIX = /^(?:自從|自|從)/;

/** A year and 年 opening the text: whatever follows has to be a date form, not a quantity. */
const LEADING_YEAR = new RegExp(`^${YEAR}年`);
/** Separators of a span between two dates (2019年至2024年). */
const DATE_SPAN = /^[至到~〜\-–—]/;

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
  const since: ParsedDateQualifier | null = SINCE_PREFIX.test(text) ? 'after' : null;
  const [withoutSpan, span] = takeSuffix(text.replace(SINCE_PREFIX, ''), SPAN_SUFFIXES);
  // 自…以來 says "since" at both ends: one qualifier, not two.
  const leading = span === since ? null : since;
  const [core, position] = takeSuffix(withoutSpan, POSITION_SUFFIXES);
  if (position === 'mid') {
    throw new FigureParseError(
      original,
      'the middle of a period is not a date qualifier the dataset has',
    );
  }
  const qualifier = () => oneQualifier(original, leading, span, position);

  let m = CORE_FORMS.decade.exec(core);
  if (m !== null) {
    return makeDate(original, {
      year: toNumber(m[1]),
      precision: 'decade',
      qualifier: qualifier(),
    });
  }
  m = CORE_FORMS.shortDecade.exec(core);
  if (m !== null) {
    const year = twoDigitDecadeStart(original, toNumber(m[1]));
    return makeDate(original, { year, precision: 'decade', qualifier: qualifier() });
  }
  m = CORE_FORMS.quarter.exec(core);
  if (m !== null) {
    const [, year, ordinal, plain, letter, first] = m;
    const quarter = first === undefined ? toNumber(ordinal ?? plain ?? letter) : 1;
    const parts = { year: toNumber(year), quarter };
    return makeDate(original, { ...parts, precision: 'quarter', qualifier: qualifier() });
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
  return refuseDateShaped(core, original);
}

/**
 * A text that opens with a year and 年 is a date, not a quantity, so what the date forms could not
 * read is named here rather than reported by the quantity parser as a second number.
 */
function refuseDateShaped(core: string, original: string): null {
  const opening = LEADING_YEAR.exec(core)?.[0];
  if (opening === undefined) return null;
  const rest = core.slice(opening.length).trim();
  throw new FigureParseError(
    original,
    DATE_SPAN.test(rest)
      ? 'a span between two dates is not one figure: read each end on its own'
      : `"${rest}" after "${opening}" is not a date form this parser knows`,
  );
}
