/**
 * Multipliers are all powers of ten (萬 = 10^4, million = 10^6), so scaling is done by moving the
 * decimal point in the written digits. `1.5 * 1e8` happens to be exact, but `1.1 * 1e8` is not,
 * and a stored figure must be the number the document states.
 */

/** Moves the decimal point of a plain decimal string (`-12.5`) by `exponent` places. */
export function shiftDecimal(decimal: string, exponent: number): string {
  const negative = decimal.startsWith('-');
  const [intPart = '', fracPart = ''] = (negative ? decimal.slice(1) : decimal).split('.');
  const digits = intPart + fracPart;
  const point = intPart.length + exponent;
  const padded =
    point <= 0
      ? '0'.repeat(1 - point) + digits
      : digits.padEnd(Math.max(point, digits.length), '0');
  const pointInPadded = Math.max(point, 1);
  const whole = padded.slice(0, pointInPadded).replace(/^0+(?=\d)/, '');
  const fraction = padded.slice(pointInPadded).replace(/0+$/, '');
  const body = fraction === '' ? whole : `${whole}.${fraction}`;
  return negative && body !== '0' ? `-${body}` : body;
}

/** `decimal * 10^exponent` as a number, with no float error from the multiplication. */
export function scaleDecimal(decimal: string, exponent: number): number {
  return Number(shiftDecimal(decimal, exponent));
}

/** Digits after the point, once trailing zeros are dropped: `11.40` has 1. */
export function fractionDigits(decimal: string): number {
  const fraction = decimal.split('.')[1] ?? '';
  return fraction.replace(/0+$/, '').length;
}

/**
 * A finite number as a plain decimal string, never in exponent form (`String(1e21)` is
 * `1e+21`, `String(1e-7)` is `1e-7`).
 */
export function plainDecimal(value: number): string {
  const text = String(value);
  const match = /^(-?)(\d+(?:\.\d+)?)e([+-]\d+)$/.exec(text);
  if (match === null) return text;
  const [, sign = '', mantissa = '', exponent = '0'] = match;
  return sign + shiftDecimal(mantissa, Number(exponent));
}

/**
 * An Arabic number at the start of `text`: digits with optional thousands separators in groups of
 * three (`1,234,567`) and an optional decimal part. Returns the plain decimal (`1234567`) and how
 * many characters it used, or null when `text` does not start with one.
 */
export function readArabicNumber(text: string): { decimal: string; length: number } | null {
  const match = /^([-−]?)((?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?)(?![\d,]*\d)/.exec(text);
  if (match === null) return null;
  const [written, sign = '', digits = ''] = match;
  const decimal = (sign === '' ? '' : '-') + digits.replaceAll(',', '');
  return { decimal: shiftDecimal(decimal, 0), length: written.length };
}
