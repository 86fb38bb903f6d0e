import { fractionDigits, plainDecimal, shiftDecimal } from './decimal.ts';
import { numberFormat } from './number-format.ts';
import type { DisplayLocale } from './types.ts';

/**
 * Large numbers are shown with the scale word each language counts in: English in thousands
 * (M, B, T), Chinese in ten-thousands (萬, 億, 兆). English starts at a million because analysts
 * write `400,000`, not `400K`; Chinese starts at 萬 because that is how `1140萬` is read.
 */
const SCALES: Readonly<Record<DisplayLocale, readonly (readonly [number, string])[]>> = {
  en: [
    [12, 'T'],
    [9, 'B'],
    [6, 'M'],
  ],
  'zh-Hant': [
    [12, '兆'],
    [8, '億'],
    [4, '萬'],
  ],
};

/** A scaled number may keep this many decimals and still read as a figure (`11.4M`, `1.25億`). */
const EXACT_FRACTION_DIGITS = 2;

/**
 * A number in the locale's compact form. Without `maximumFractionDigits` nothing is rounded: a
 * number that would need more than two decimals once scaled is written out in full
 * (`12,345,678`), so the text always parses back to the same value. With it, the number is
 * rounded the way `Intl.NumberFormat`'s compact notation does for a KPI card (`1235萬`).
 */
export function compactNumber(
  value: number,
  locale: DisplayLocale,
  maximumFractionDigits?: number,
): string {
  const magnitude = Math.abs(value);
  const scale = SCALES[locale].find(([exponent]) => magnitude >= 10 ** exponent);
  if (scale === undefined) return fullNumber(value, locale, maximumFractionDigits);
  if (maximumFractionDigits !== undefined) {
    return numberFormat(locale, 'compact', maximumFractionDigits).format(value);
  }
  const [exponent, word] = scale;
  const mantissa = shiftDecimal(plainDecimal(value), -exponent);
  if (fractionDigits(mantissa) > EXACT_FRACTION_DIGITS) return fullNumber(value, locale);
  return `${mantissa}${word}`;
}

/** Every digit, grouped by thousands as both locales write them (`12,345,678`). */
export function fullNumber(
  value: number,
  locale: DisplayLocale,
  maximumFractionDigits = 20,
): string {
  return numberFormat(locale, 'standard', maximumFractionDigits).format(value);
}
