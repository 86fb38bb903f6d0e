import { compactNumber, fullNumber } from './compact-number.ts';
import type { DisplayLocale, DisplayUnit, ParsedQualifier } from './types.ts';

export interface FormatOptions {
  /** Round to this many decimals (for KPI cards). Omitted, nothing is rounded away. */
  maximumFractionDigits?: number;
  /** Leave out the counting noun (`11.4M`, not `11.4M users`) where a label already says it. */
  bare?: boolean;
  /** Write a change's sign, plus as well as minus (`+300%`), where the value is a change. */
  signed?: boolean;
}

/** A stored figure, or a parsed quantity: what `formatFigure` needs of either. */
export interface FigureForDisplay {
  value: number;
  unit: DisplayUnit;
  /** `within` is the schema's "reached within a period": the value itself is exact. */
  qualifier: ParsedQualifier | 'within';
  lower: number | null;
  upper: number | null;
}

/**
 * A value in base units as a reader of `locale` writes it: `11.4M users`, `US$400M`, `300%`,
 * `2027` in English; `1140萬用戶`, `4億美元`, `300%`, `2027年` in Traditional Chinese.
 * `parseFigure` reads the result back to the same value and unit.
 */
export function formatValue(
  value: number,
  unit: DisplayUnit,
  locale: DisplayLocale,
  options: FormatOptions = {},
): string {
  const { maximumFractionDigits, bare = false, signed = false } = options;
  const en = locale === 'en';
  switch (unit) {
    case 'year':
      // A year is a name, not an amount: never grouped (2,027) or scaled.
      return en ? String(value) : `${value}年`;
    case 'percent':
      return `${signed && value > 0 ? '+' : ''}${fullNumber(value, locale, maximumFractionDigits)}%`;
    case 'USD':
    case 'CNY': {
      const amount = compactNumber(Math.abs(value), locale, maximumFractionDigits);
      const sign = value < 0 ? '-' : '';
      if (en) return `${sign}${unit === 'USD' ? 'US$' : 'CN¥'}${amount}`;
      return `${sign}${amount}${unit === 'USD' ? '美元' : '人民幣'}`;
    }
    case 'users': {
      const count = compactNumber(value, locale, maximumFractionDigits);
      if (bare) return count;
      return en ? `${count} ${value === 1 ? 'user' : 'users'}` : `${count}用戶`;
    }
    case 'count':
    case null:
      return compactNumber(value, locale, maximumFractionDigits);
  }
}

const QUALIFIER_WORDS: Readonly<
  Record<DisplayLocale, Record<'over' | 'at_least' | 'about' | 'nearly', string>>
> = {
  en: { over: 'over ', at_least: 'at least ', about: 'about ', nearly: 'nearly ' },
  'zh-Hant': { over: '超過', at_least: '至少', about: '約', nearly: '近' },
};

/**
 * A figure with its qualifier: `over 300%` / `超過300%`, `at least US$3B` / `至少30億美元`,
 * `about …` / `約…`. An `about` figure whose only bound is an upper one equal to its value was
 * written "nearly" (see ParsedQualifier) and is shown that way.
 */
export function formatFigure(
  figure: FigureForDisplay,
  locale: DisplayLocale,
  options: FormatOptions = {},
): string {
  const words = QUALIFIER_WORDS[locale];
  const text = formatValue(figure.value, figure.unit, locale, options);
  switch (figure.qualifier) {
    case 'exact':
    case 'within':
      return text;
    case 'over':
    case 'at_least':
      return words[figure.qualifier] + text;
    case 'about': {
      const nearly = figure.lower === null && figure.upper === figure.value;
      return (nearly ? words.nearly : words.about) + text;
    }
  }
}
