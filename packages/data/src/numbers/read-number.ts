import { CHINESE_DIGITS } from './chinese-numerals.ts';
import { plainDecimal, shiftDecimal } from './decimal.ts';
import { takeEnglishScale } from './english-scale.ts';
import { FigureParseError } from './errors.ts';
import { readTerm, type Term } from './read-term.ts';

export interface ReadNumber {
  /** The number in base units, as a plain decimal string (`11400000`, `1.5`). */
  decimal: string;
  /** A 多 or 餘 was written with it (300多萬): more than the number. */
  over: boolean;
  /** The power of ten its multiplier or scale word stands for; null when none was written. */
  exponent: number | null;
  /** The power of ten of the 萬, 億, 兆 or English scale it ends in (3千萬 → 4); null if none. */
  group: number | null;
  /** Counted in 成, tenths (三成 is 30%): the number is a percentage. */
  percent: boolean;
  /** Whatever followed the number; the caller decides whether that is an error. */
  rest: string;
}

export interface ReadContext {
  /** The figure as given, which errors name. */
  original: string;
  /** A currency is named, so a one-letter scale (US$3b) cannot be a unit such as bits. */
  currency: boolean;
}

/**
 * Reads the number of a figure whose words around it are already gone: one term (`1140萬`,
 * `一點五億`), the further parts of a number written in parts (`1億2千萬`, `3億5000萬`), an
 * English scale (`11.4 million`, `US$400M`) or 成 (`三成`, `三成五`).
 */
export function readNumber(text: string, context: ReadContext): ReadNumber {
  const fail = (reason: string): never => {
    throw new FigureParseError(context.original, reason);
  };
  const first = readTerm(text, context.original, fail);
  if (first === null) {
    const hasDigit = /[\d零〇一二兩三四五六七八九]/.test(text);
    return fail(hasDigit ? `"${text}" is not a number` : 'there is no number in it');
  }
  const parts = readParts(first, context.original, fail);
  let { decimal, exponent, rest, over, group } = parts;
  let percent = false;

  const scale = exponent === null ? takeEnglishScale(rest, context, fail) : null;
  if (scale !== null) {
    decimal = shiftDecimal(decimal, scale.exponent);
    exponent = scale.exponent;
    group = scale.exponent;
    rest = scale.rest;
  }
  const tenths = exponent === null ? /^成([一二三四五六七八九1-9])?([多餘])?/.exec(rest) : null;
  if (tenths !== null) {
    // 三成五 is 35%: the digit after 成 counts whole percents.
    const extra = tenths[1] === undefined ? 0 : (CHINESE_DIGITS[tenths[1]] ?? Number(tenths[1]));
    decimal = plainDecimal(Number(shiftDecimal(decimal, 1)) + extra);
    exponent = 1;
    percent = true;
    over ||= tenths[2] !== undefined;
    rest = rest.slice(tenths[0].length);
  }
  return { decimal, over, exponent, group, percent, rest: rest.trim() };
}

/**
 * 1億2千萬 and 1萬5000 are one number in parts, each below the last multiplier of the part
 * before it. A part without a multiplier must fill that multiplier's places (1萬5000, not 1萬5,
 * which readers take for 15000 as often as for 10005), and no part may carry decimals.
 */
function readParts(first: Term, original: string, fail: (reason: string) => never): Term {
  // The parts add up away from zero: −1億2千萬 is −120000000.
  const sign = first.decimal.startsWith('-') ? -1n : 1n;
  let whole = first;
  for (let limit = first.last; limit !== null;) {
    const after = whole.rest.trimStart();
    // A sign here starts the other end of a range (3億-4億), not a part.
    const next = /^[-−+]/.test(after) ? null : readTerm(after, original, fail);
    if (next === null) break;
    const written = `${whole.written}${next.written}`;
    if (whole.fraction || next.fraction) fail(`a number in parts ("${written}") takes no decimals`);
    if (whole.over) fail(`"多" or "餘" belongs at the end of "${written}"`);
    if (BigInt(next.decimal) >= 10n ** BigInt(limit)) {
      fail(`in "${written}", "${next.written}" is not smaller than the part before it`);
    }
    if (next.exponent === null && next.written.replaceAll(',', '').length !== limit) {
      fail(`in "${written}", a part without a multiplier should have ${limit} digits`);
    }
    const sum = (BigInt(whole.decimal) + sign * BigInt(next.decimal)).toString();
    whole = { ...next, decimal: sum, written, exponent: first.exponent };
    limit = next.last;
  }
  return whole;
}
