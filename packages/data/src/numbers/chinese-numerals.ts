import { FigureParseError } from './errors.ts';

export const CHINESE_DIGITS: Readonly<Record<string, number>> = {
  零: 0,
  〇: 0,
  一: 1,
  二: 2,
  兩: 2,
  三: 3,
  四: 4,
  五: 5,
  六: 6,
  七: 7,
  八: 8,
  九: 9,
};

/** Multipliers as powers of ten: the same characters scale Arabic digits (`1140萬`). */
export const CHINESE_MULTIPLIER_EXPONENTS: Readonly<Record<string, number>> = {
  十: 1,
  百: 2,
  千: 3,
  萬: 4,
  億: 8,
  兆: 12,
};

/** 萬, 億 and 兆 close a four-digit group; 十, 百 and 千 count within one. */
const GROUP_EXPONENT = 4;

/** A run of Chinese numeral characters, as the quantity parser finds it in a figure. */
export const CHINESE_NUMERAL_RUN = /^[零〇一二兩三四五六七八九十百千萬億兆]+/;

/**
 * A whole number written in Chinese numerals: 十二, 一百二十萬, 三十億, 一億二千萬, 一百零五,
 * 一萬億 (10^12), the abbreviated 一萬二 (12000), and digit-by-digit years such as 二〇二五.
 * Throws FigureParseError on anything out of order (億萬萬, 一千千, 萬三).
 */
export function parseChineseInteger(text: string): number {
  const fail = (reason: string): never => {
    throw new FigureParseError(text, reason);
  };
  const chars = [...text];
  if (chars.length === 0) fail('no numeral');
  if (chars.every((ch) => ch in CHINESE_DIGITS)) {
    // No multipliers at all: read digit by digit, as years are written (二〇二五).
    return chars.reduce((sum, ch) => sum * 10 + (CHINESE_DIGITS[ch] ?? 0), 0);
  }

  let total = 0; // closed groups (everything before the last 萬/億/兆)
  let group = 0; // the open group, below 10^4 times nothing yet
  let pending: number | null = null; // a digit waiting for its multiplier
  let lastSmall = Infinity; // exponent of the last 十/百/千 in the open group
  let lastBig = Infinity; // exponent of the last closing 萬/億/兆
  let lastExponent = 0; // of the multiplier just before a trailing digit (一萬二)
  let afterZero = false; // 零 marks a gap, so a trailing digit counts as units
  let closedGroups = 0;
  let previous = '';

  for (const ch of chars) {
    const digit = CHINESE_DIGITS[ch];
    const exponent = CHINESE_MULTIPLIER_EXPONENTS[ch];
    if (digit !== undefined) {
      if (digit === 0) {
        afterZero = true;
      } else {
        if (pending !== null) fail(`two digits in a row before "${ch}"`);
        pending = digit;
      }
    } else if (exponent !== undefined && exponent < GROUP_EXPONENT) {
      if (exponent >= lastSmall) fail(`"${ch}" is out of order`);
      // A number may open with 十, 百 or 千 and an implied 一 (十二, 百萬, 百餘家); later ones need
      // their digit.
      const opens = total === 0 && group === 0 && lastSmall === Infinity && !afterZero;
      const count = pending ?? (opens ? 1 : null);
      if (count === null) fail(`"${ch}" has no digit before it`);
      group += (count ?? 0) * 10 ** exponent;
      lastSmall = exponent;
      lastExponent = exponent;
      pending = null;
      afterZero = false;
    } else if (exponent !== undefined) {
      const value = group + (pending ?? 0);
      if (value === 0) {
        // 萬億: a larger multiplier straight after a smaller one scales the single group before it.
        const previousExponent = CHINESE_MULTIPLIER_EXPONENTS[previous];
        const compound =
          previousExponent !== undefined &&
          previousExponent >= GROUP_EXPONENT &&
          previousExponent < exponent &&
          closedGroups === 1;
        if (!compound) fail(`"${ch}" has no number before it`);
        total *= 10 ** exponent;
        lastBig = (previousExponent ?? 0) + exponent;
      } else {
        if (exponent >= lastBig) fail(`"${ch}" is out of order`);
        total += value * 10 ** exponent;
        lastBig = exponent;
        closedGroups += 1;
      }
      group = 0;
      pending = null;
      lastSmall = Infinity;
      lastExponent = exponent;
      afterZero = false;
    } else {
      fail(`"${ch}" is not a Chinese numeral`);
    }
    previous = ch;
  }

  // 一萬二 is 12000 and 三百五 is 350: a last digit with no multiplier of its own stands one place
  // below the multiplier before it, unless a 零 in between says it is in the units.
  const trailing =
    pending === null
      ? 0
      : afterZero || lastExponent <= 1
        ? pending
        : pending * 10 ** (lastExponent - 1);
  const result = total + group + trailing;
  if (!Number.isSafeInteger(result)) fail('too large to store exactly');
  return result;
}
