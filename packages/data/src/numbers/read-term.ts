import {
  CHINESE_DIGITS,
  CHINESE_MULTIPLIER_EXPONENTS,
  CHINESE_NUMERAL_RUN,
  parseChineseInteger,
} from './chinese-numerals.ts';
import { readArabicNumber, shiftDecimal } from './decimal.ts';
import { FigureParseError } from './errors.ts';
import { OVER_MARKERS } from './vocabulary.ts';

/** One number and the Chinese multipliers after it: `1140萬`, `三百多萬`, `2千萬`, `一點五億`. */
export interface Term {
  /** In base units, as a plain decimal string. */
  decimal: string;
  /** The text the term was read from, for errors. */
  written: string;
  /** Digits after a decimal point were written (`1.5`, `一點五`). */
  fraction: boolean;
  /** A 多 or 餘 was written with it (300多萬): more than the number. */
  over: boolean;
  /**
   * The power of ten the multipliers after its digits stand for (3千萬 and 三千萬 → 7; 一百二十萬
   * → 4), which the lower end of a range shares (3至5千萬); null if none were written.
   */
  exponent: number | null;
  /** The exponent of the 萬, 億 or 兆 it ends in (3千萬 → 4, 一萬億 → 12); null if none. */
  group: number | null;
  /**
   * The exponent of the group or multiplier it ends in (千萬 → 4, 億 → 8, 千 → 3), which a
   * following part must stay below (1億2千萬); null when it ends in a digit (一萬二).
   */
  last: number | null;
  rest: string;
}

const MULTIPLIER_RUN = /^[十百千萬億兆]+/;
const CHINESE_FRACTION = /^點([零〇一二三四五六七八九]+)/;

type Fail = (reason: string) => never;

/**
 * Reads Arabic digits (`2,000`, `1.5`) or Chinese numerals (一百二十, 一點五) at the start of
 * `text`, then 多/餘 and a multiplier chain (萬, 千萬, 萬億), which may stand after a space
 * (`4 億`). Null when `text` does not start with a number.
 */
export function readTerm(text: string, original: string, fail: Fail): Term | null {
  let decimal: string;
  let rest: string;
  let fraction = false;
  let ending = '';
  let runExponent: number | null = null;
  const arabic = readArabicNumber(text);
  const chinese = CHINESE_NUMERAL_RUN.exec(text)?.[0];
  if (arabic !== null) {
    decimal = arabic.decimal;
    fraction = decimal.includes('.');
    rest = text.slice(arabic.length);
  } else if (chinese !== undefined) {
    rest = text.slice(chinese.length);
    const point = CHINESE_FRACTION.exec(rest);
    const integer = readChinese(chinese, original);
    ending = chinese;
    runExponent = trailingExponent(chinese);
    if (point === null) {
      decimal = String(integer);
    } else {
      if (/[萬億兆]/.test(chinese)) fail(`a decimal point after "${chinese}" makes no sense`);
      // The digits after 點 are read one by one, so 一點零五 keeps its zero: 1.05.
      decimal = `${integer}.${[...(point[1] ?? '')].map((d) => CHINESE_DIGITS[d]).join('')}`;
      fraction = true;
      rest = rest.slice(point[0].length);
    }
  } else {
    return null;
  }

  const takeMultipliers = () => {
    const run = MULTIPLIER_RUN.exec(rest.trimStart())?.[0] ?? '';
    if (run !== '') rest = rest.trimStart().slice(run.length);
    return run;
  };
  let over = false;
  const takeOverMarker = () => {
    const marker = OVER_MARKERS.find((m) => rest.trimStart().startsWith(m));
    if (marker === undefined) return;
    if (over) fail(`"${marker}" is written twice`);
    over = true;
    rest = rest.trimStart().slice(marker.length);
  };

  // 300多萬, 1萬多, 2千多萬: 多 may stand before, after or inside the multipliers.
  takeOverMarker();
  let multipliers = takeMultipliers();
  takeOverMarker();
  if (over && multipliers !== '') multipliers += takeMultipliers();
  const chain = multipliers === '' ? 0 : multiplierChainExponent(multipliers, fail);
  if (multipliers !== '') ending = multipliers;
  const written = text.slice(0, text.length - rest.length).trim();
  decimal = shiftDecimal(decimal, chain);
  const exponent = runExponent === null && multipliers === '' ? null : (runExponent ?? 0) + chain;
  const group = groupExponent(ending);
  const lastCharacter = ending.at(-1) ?? '';
  const last = group ?? CHINESE_MULTIPLIER_EXPONENTS[lastCharacter] ?? null;
  return { decimal, written, fraction, over, exponent, group, last, rest };
}

/** 萬, 億 and 兆 at the end of a numeral, added up (萬億 is 10^12); null if it ends otherwise. */
function groupExponent(numeral: string): number | null {
  const big = /[萬億兆]+$/.exec(numeral)?.[0];
  return big === undefined ? null : sumOfExponents(big);
}

const sumOfExponents = (multipliers: string) =>
  [...multipliers].reduce((sum, ch) => sum + (CHINESE_MULTIPLIER_EXPONENTS[ch] ?? 0), 0);

/**
 * The scale a Chinese numeral ends in. After a single digit the whole chain counts (五千萬 → 7,
 * 三十億 → 9); after more (一百二十萬) or none (十萬), only its 萬/億/兆, since the 十 or 百 before
 * them is part of the count. Null when the numeral ends in a digit (一萬二).
 */
function trailingExponent(run: string): number | null {
  const chain = /[十百千萬億兆]+$/.exec(run)?.[0];
  if (chain === undefined) return null;
  return sumOfExponents(run.length - chain.length === 1 ? chain : chain.replace(/[十百千]/g, ''));
}

/**
 * After a number, multipliers may only grow (千萬 is 10^7, 萬億 10^12): 億萬 or 萬萬 is a
 * misreading, not a number.
 */
export function multiplierChainExponent(chain: string, fail: Fail): number {
  let total = 0;
  let previous = 0;
  for (const ch of chain) {
    const exponent = CHINESE_MULTIPLIER_EXPONENTS[ch] ?? 0;
    if (exponent <= previous) fail(`the multipliers "${chain}" are out of order`);
    total += exponent;
    previous = exponent;
  }
  return total;
}

/** Chinese numerals inside a longer figure: the error names the whole figure, not the run. */
function readChinese(run: string, original: string): number {
  try {
    return parseChineseInteger(run);
  } catch (error) {
    if (error instanceof FigureParseError) throw new FigureParseError(original, error.reason);
    throw error;
  }
}
