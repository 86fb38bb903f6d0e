import { canonicalText } from './canonical-text.ts';
import { FigureParseError } from './errors.ts';
import { readNumber } from './read-number.ts';
import type { ParsedQualifier, ParsedQuantity, ParsedUnit } from './types.ts';
import {
  QUALIFIER_PREFIXES,
  QUALIFIER_SUFFIXES,
  UNIT_PREFIXES,
  UNIT_SUFFIXES,
  type QualifierWord,
  type UnitWord,
} from './vocabulary.ts';
import { takePrefix, takeSuffix } from './word-match.ts';

/**
 * A quantity as a document writes it (`超過300%`, `1140萬用戶`, `US$400M`, `三百多萬`) in base
 * units. Words around the number are peeled off from both ends first; what is left must be
 * exactly one number. Throws FigureParseError saying what could not be read.
 */
export function parseQuantity(text: string): ParsedQuantity {
  const fail = (reason: string): never => {
    throw new FigureParseError(text, reason);
  };
  let rest = canonicalText(text);
  if (rest === '') fail('it is empty');
  // A sign may stand before the currency (`-US$400M`, as formatValue writes it); it belongs to
  // the number.
  const sign = /^[-−]/.test(rest) ? '-' : '';
  rest = rest.replace(/^[-−]\s*/, '');

  const qualifiers = new Set<QualifierWord>();
  const units = new Set<ParsedUnit>();
  const note = (unit: UnitWord) => {
    if (typeof unit === 'object')
      fail(`${unit.unsupported} is not a currency the dataset stores (USD, CNY)`);
    else units.add(unit);
  };

  for (let found = true; found && rest !== '';) {
    const qualifier = takePrefix(rest, QUALIFIER_PREFIXES);
    const unit = qualifier === null ? takePrefix(rest, UNIT_PREFIXES) : null;
    const taken = qualifier ?? unit;
    if (qualifier !== null) qualifiers.add(qualifier.meaning);
    if (unit !== null) note(unit.meaning);
    found = taken !== null;
    if (taken !== null) rest = taken.rest;
  }
  for (let found = true; found && rest !== '';) {
    const qualifier = takeSuffix(rest, QUALIFIER_SUFFIXES);
    const unit = qualifier === null ? takeSuffix(rest, UNIT_SUFFIXES) : null;
    const taken = qualifier ?? unit;
    if (qualifier !== null) qualifiers.add(qualifier.meaning);
    if (unit !== null) note(unit.meaning);
    found = taken !== null;
    if (taken !== null) rest = taken.rest;
  }

  const number = readNumber(sign + rest, text);
  if (number.rest !== '') {
    fail(
      /[\d零〇一二兩三四五六七八九十百千萬億兆]/.test(number.rest)
        ? 'it holds more than one number'
        : `"${number.rest}" is not a unit or qualifier this parser knows`,
    );
  }
  if (number.over) qualifiers.add('over');
  if (units.size > 1) fail(`it names two units (${[...units].join(', ')})`);
  if (qualifiers.size > 1) fail(`its qualifiers disagree (${[...qualifiers].join(', ')})`);

  const value = Number(number.decimal);
  if (!Number.isFinite(value)) fail('the number is too large');
  const [unit = null] = units;
  const [word] = qualifiers;
  return { kind: 'quantity', value, unit, ...bounds(word, value) };
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
