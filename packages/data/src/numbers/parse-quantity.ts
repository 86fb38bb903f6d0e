import { canonicalText } from './canonical-text.ts';
import { plainDecimal } from './decimal.ts';
import { FigureParseError } from './errors.ts';
import { readNumber, type ReadContext, type ReadNumber } from './read-number.ts';
import { readMagnitude, readUpperEnd, type ReadRange } from './read-range.ts';
import type { ParsedQualifier, ParsedQuantity, ParsedRange } from './types.ts';
import { peelWords } from './peel-words.ts';
import type { QualifierWord } from './vocabulary.ts';

const NUMERAL = /[\d零〇一二兩三四五六七八九十百千萬億兆]/;

/**
 * A quantity as a document writes it (`超過300%`, `1140萬用戶`, `US$400M`, `三百多萬`) in base
 * units. Throws FigureParseError saying what could not be read, and for a range, which
 * `parseFigure` reads.
 */
export function parseQuantity(text: string): ParsedQuantity {
  const amount = parseAmount(text);
  if (amount.kind === 'quantity') return amount;
  const [lower, upper] = [plainDecimal(amount.lower), plainDecimal(amount.upper)];
  throw new FigureParseError(text, `it is a range (${lower} to ${upper}), not one quantity`);
}

/**
 * A quantity or a range of them. Words around the number are peeled off from both ends first;
 * what is left must be one number, two joined by a range separator (`300至400萬`), or an order of
 * magnitude (`數十億`).
 */
export function parseAmount(text: string): ParsedQuantity | ParsedRange {
  const fail = (reason: string): never => {
    throw new FigureParseError(text, reason);
  };
  const canonical = canonicalText(text);
  if (canonical === '') fail('it is empty');
  const { core, sign, qualifiers, units } = peelWords(canonical, fail);
  const context = { original: text, currency: units.has('USD') || units.has('CNY') };

  const read = readRangeOrNumber(sign + core, context, fail);
  if ('decimal' in read) {
    if (read.rest !== '') fail(leftoverReason(read.rest));
    if (read.over) qualifiers.add('over');
  }
  if (read.percent) units.add('percent');
  if (units.size > 1) fail(`it names two units (${[...units].join(', ')})`);
  if (qualifiers.size > 1) fail(`its qualifiers disagree (${[...qualifiers].join(', ')})`);
  const [unit = null] = units;
  const [word] = qualifiers;

  if (!('decimal' in read)) {
    if (word !== undefined) fail(`a range takes no qualifier (${word}): its ends are its bounds`);
    return { kind: 'range', unit, lower: read.lower, upper: read.upper };
  }
  const value = Number(read.decimal);
  if (!Number.isFinite(value)) fail('the number is too large');
  return { kind: 'quantity', value, unit, ...bounds(word, value) };
}

function readRangeOrNumber(
  core: string,
  context: ReadContext,
  fail: (reason: string) => never,
): ReadRange | ReadNumber {
  const magnitude = readMagnitude(core, fail);
  if (magnitude !== null) return magnitude;
  const number = readNumber(core, context);
  return readUpperEnd(number, context) ?? number;
}

/** Why the text after the number is not part of the figure. */
function leftoverReason(rest: string): string {
  // 25年第二季: a date, but the date forms need all four digits of the year.
  if (/^年./.test(rest)) return 'a date needs the four digits of its year';
  if (NUMERAL.test(rest)) return 'it holds more than one number';
  return `"${rest}" is not a unit or qualifier this parser knows`;
}

/** The bounds each qualifier implies; see ParsedQualifier for why "nearly" has an upper one. */
function bounds(
  word: QualifierWord | undefined,
  value: number,
): { qualifier: ParsedQualifier; lower: number | null; upper: number | null } {
  switch (word) {
    case undefined:
      return { qualifier: 'exact', lower: null, upper: null };
    case 'over':
    case 'at_least':
      return { qualifier: word, lower: value, upper: null };
    case 'about':
      return { qualifier: 'about', lower: null, upper: null };
    case 'nearly':
      return { qualifier: 'about', lower: null, upper: value };
  }
}
