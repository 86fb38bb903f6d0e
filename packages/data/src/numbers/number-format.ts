import type { DisplayLocale } from './types.ts';

/**
 * Building an `Intl.NumberFormat` costs far more than formatting with one (a page of a few
 * thousand figures spent most of a second constructing them), so each is built once. The key
 * space is small by construction (two locales, two notations, at most 101 fraction digits).
 */
const formats = new Map<string, Intl.NumberFormat>();

export function numberFormat(
  locale: DisplayLocale,
  notation: 'standard' | 'compact',
  maximumFractionDigits: number,
): Intl.NumberFormat {
  const key = `${locale} ${notation} ${maximumFractionDigits}`;
  let format = formats.get(key);
  if (format === undefined) {
    format = new Intl.NumberFormat(locale, { notation, maximumFractionDigits });
    formats.set(key, format);
  }
  return format;
}
