import type { DisplayLocale } from '@aiwatch/data/numbers';

const digits = (n: number) => Number(n.toPrecision(3)).toString();

/**
 * A parameter count as a reader writes it: `671B`, `1.6T`, `7B`, `350M` in English; `6710億`,
 * `1.6兆`, `70億`, `3.5億` in Chinese (億 = 10^8, 兆 = 10^12).
 */
export function formatParameters(n: number, locale: DisplayLocale): string {
  if (locale === 'en') {
    for (const [scale, suffix] of [[1e12, 'T'], [1e9, 'B'], [1e6, 'M'], [1e3, 'K']] as const) {
      if (n >= scale) return `${digits(n / scale)}${suffix}`;
    }
    return digits(n);
  }
  for (const [scale, suffix] of [[1e12, '兆'], [1e8, '億'], [1e4, '萬']] as const) {
    if (n >= scale) return `${digits(n / scale)}${suffix}`;
  }
  return digits(n);
}

const SUPERSCRIPT = '⁰¹²³⁴⁵⁶⁷⁸⁹';

/** Training compute in FLOP, as scientists write it in either language: `3.8×10²⁴`. */
export function formatCompute(n: number): string {
  const exponent = Math.floor(Math.log10(n));
  const mantissa = digits(n / 10 ** exponent);
  const power = `10${[...String(exponent)].map((d) => SUPERSCRIPT[Number(d)]).join('')}`;
  return mantissa === '1' ? power : `${mantissa}×${power}`;
}
