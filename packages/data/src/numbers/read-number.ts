import {
  CHINESE_DIGITS,
  CHINESE_MULTIPLIER_EXPONENTS,
  CHINESE_NUMERAL_RUN,
  parseChineseInteger,
} from './chinese-numerals.ts';
import { readArabicNumber, shiftDecimal } from './decimal.ts';
import { FigureParseError } from './errors.ts';
import { ENGLISH_SCALE_EXPONENTS, OVER_MARKERS } from './vocabulary.ts';
import { takePrefix } from './word-match.ts';

export interface ReadNumber {
  /** The number in base units, as a plain decimal string (`11400000`, `1.5`). */
  decimal: string;
  /** A 多 or 餘 was written with it (300多萬): more than the number. */
  over: boolean;
  /** Whatever followed the number; the caller decides whether that is an error. */
  rest: string;
}

const MULTIPLIER_RUN = /^[十百千萬億兆]+/;
const CHINESE_FRACTION = /^點([零〇一二三四五六七八九]+)/;

/**
 * Reads the number of a figure whose words around it are already gone: Arabic digits (`2,000`,
 * `1.5`) or Chinese numerals (一百二十, 一點五), then 多/餘, then a multiplier chain (萬, 千萬,
 * 萬億) or an English scale (`million`, `M`, `bn`).
 */
export function readNumber(text: string, original: string): ReadNumber {
  const fail = (reason: string): never => {
    throw new FigureParseError(original, reason);
  };
  let decimal: string;
  let rest: string;
  const arabic = readArabicNumber(text);
  const chinese = CHINESE_NUMERAL_RUN.exec(text)?.[0];
  if (arabic !== null) {
    decimal = arabic.decimal;
    rest = text.slice(arabic.length);
  } else if (chinese !== undefined) {
    rest = text.slice(chinese.length);
    const fraction = CHINESE_FRACTION.exec(rest);
    const integer = readChinese(chinese, original);
    if (fraction === null) {
      decimal = String(integer);
    } else {
      if (/[萬億兆]/.test(chinese)) fail(`a decimal point after "${chinese}" makes no sense`);
      // The digits after 點 are read one by one, so 一點零五 keeps its zero: 1.05.
      decimal = `${integer}.${[...(fraction[1] ?? '')].map((d) => CHINESE_DIGITS[d]).join('')}`;
      rest = rest.slice(fraction[0].length);
    }
  } else {
    const hasDigit = /[\d零〇一二兩三四五六七八九]/.test(text);
    return fail(hasDigit ? `"${text}" is not a number` : 'there is no number in it');
  }

  let over = false;
  const takeOverMarker = () => {
    const marker = OVER_MARKERS.find((m) => rest.startsWith(m));
    if (marker === undefined) return;
    if (over) fail(`"${marker}" is written twice`);
    over = true;
    rest = rest.slice(marker.length);
  };

  takeOverMarker();
  const multipliers = MULTIPLIER_RUN.exec(rest)?.[0] ?? '';
  let exponent = multiplierChainExponent(multipliers, fail);
  rest = rest.slice(multipliers.length);
  takeOverMarker();

  const scale = multipliers === '' ? takePrefix(rest.trimStart(), ENGLISH_SCALE_EXPONENTS) : null;
  if (scale !== null) {
    exponent = scale.meaning;
    rest = scale.rest;
  }
  return { decimal: shiftDecimal(decimal, exponent), over, rest: rest.trim() };
}

/**
 * After a number, multipliers may only grow (千萬 is 10^7, 萬億 10^12): 億萬 or 萬萬 is a
 * misreading, not a number.
 */
function multiplierChainExponent(chain: string, fail: (reason: string) => never): number {
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
