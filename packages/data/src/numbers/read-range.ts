import { CHINESE_NUMERAL_RUN } from './chinese-numerals.ts';
import { plainDecimal, readArabicNumber, shiftDecimal } from './decimal.ts';
import { FigureParseError } from './errors.ts';
import { readNumber, type ReadContext, type ReadNumber } from './read-number.ts';
import { multiplierChainExponent } from './read-term.ts';

export interface ReadRange {
  lower: number;
  upper: number;
  /** An end was counted in 成, so the range is in percent (三至四成). */
  percent: boolean;
}

/** Between the two ends of a range: 300至400萬, 3-4億, 5~10%, 3 to 4 billion. */
const SEPARATOR = /^(?:至|到|~|〜|-|–|—|to\b)\s*/i;

/**
 * 數十億 and 幾百萬 ("a few tens of 億", "a few hundred 萬") name an order of magnitude and no
 * more: 數 is two to nine for one reader, three to nine for another. So the bounds are that whole
 * order, no tighter than the text: 數十億 runs from 十億 (10^9) up to 百億 (10^10), where the
 * writer would have used the next word. 數十億 is "several billion", not "tens of billions";
 * that is 數百億, and "tens of billions" reads as 10^10 to 10^11.
 */
const SEVERAL_ZH = /^[數幾]([十百千萬億兆]+)$/;
const SEVERAL_EN = /^(?:several|a few) (thousand|million|billion|trillion)$/i;
const TENS_EN = /^(tens|hundreds) of (thousands|millions|billions|trillions)(?: of)?$/i;
const SCALE_EXPONENTS: Readonly<Record<string, number>> = {
  thousand: 3,
  million: 6,
  billion: 9,
  trillion: 12,
};

/**
 * The range whose lower end `low` is, when a separator and an upper end follow it (300至400萬,
 * 3-4 billion); null when nothing but `low` was written.
 */
export function readUpperEnd(low: ReadNumber, context: ReadContext): ReadRange | null {
  const fail = (reason: string): never => {
    throw new FigureParseError(context.original, reason);
  };
  const separator = SEPARATOR.exec(low.rest);
  const after = low.rest.slice(separator?.[0].length ?? 0);
  // `5-year` is a number and a word, not a range: the upper end must start like a number.
  if (separator === null || (readArabicNumber(after) === null && !CHINESE_NUMERAL_RUN.test(after)))
    return null;
  const high = readNumber(after, context);
  if (SEPARATOR.test(high.rest)) fail('a range has two ends, not more');
  if (high.rest !== '') fail(`"${high.rest}" is not a unit or qualifier this parser knows`);
  if (low.over || high.over) fail('a range is not "more than" either end: leave out 多 or 餘');
  const shared = sharedExponent(low, high);
  if (low.percent !== high.percent && shared === null) fail('only one end of the range is in 成');
  const lower = Number(shiftDecimal(low.decimal, shared ?? 0));
  const upper = Number(high.decimal);
  if (!(lower < upper)) {
    fail(
      `its lower end (${plainDecimal(lower)}) is not below its upper end (${plainDecimal(upper)})`,
    );
  }
  return { lower, upper, percent: high.percent };
}

/**
 * What the lower end takes from the upper one. A bare count takes all its scale: 300至400萬 is
 * 300萬 to 400萬, 三至五千萬 is 三千萬 to 五千萬, 三至四成 is 30% to 40%. One with a 十, 百 or 千
 * but no 萬, 億 or 兆 takes only that group: 一百至一百二十萬 is 100萬 to 120萬.
 */
function sharedExponent(low: ReadNumber, high: ReadNumber): number | null {
  if (low.exponent === null) return high.exponent;
  if (low.group === null) return high.group;
  return null;
}

/** 數十億, 幾百萬, "several billion", "tens of billions" as the range of their order of magnitude. */
export function readMagnitude(core: string, fail: (reason: string) => never): ReadRange | null {
  const exponent = magnitudeExponent(core, fail);
  if (exponent === null) return null;
  return { lower: 10 ** exponent, upper: 10 ** (exponent + 1), percent: false };
}

function magnitudeExponent(core: string, fail: (reason: string) => never): number | null {
  const zh = SEVERAL_ZH.exec(core);
  if (zh !== null) return multiplierChainExponent(zh[1] ?? '', fail);
  const several = SEVERAL_EN.exec(core);
  if (several !== null) return SCALE_EXPONENTS[several[1]?.toLowerCase() ?? ''] ?? null;
  const tens = TENS_EN.exec(core);
  if (tens === null) return null;
  const scale = SCALE_EXPONENTS[tens[2]?.toLowerCase().replace(/s$/, '') ?? ''] ?? 0;
  return scale + (tens[1]?.toLowerCase() === 'tens' ? 1 : 2);
}
