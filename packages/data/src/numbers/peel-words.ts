import type { ParsedUnit } from './types.ts';
import {
  QUALIFIER_PREFIXES,
  QUALIFIER_SUFFIXES,
  UNIT_PREFIXES,
  UNIT_SUFFIXES,
  type QualifierWord,
  type UnitWord,
} from './vocabulary.ts';
import { takePrefix, takeSuffix } from './word-match.ts';

export interface Peeled {
  core: string;
  /** `-` for a negative number, whichever side of a qualifier or currency it stood on. */
  sign: '' | '-';
  qualifiers: Set<QualifierWord>;
  units: Set<ParsedUnit>;
}

const SIGN = /^([-−+])\s*/;

/**
 * Takes qualifiers, units and a sign off both ends. The sign may stand before a currency or after
 * a qualifier (`-US$400M`, `over +300%`, as formatFigure writes them); a plus says nothing.
 */
export function peelWords(text: string, fail: (reason: string) => never): Peeled {
  const peeled: Peeled = { core: text, sign: '', qualifiers: new Set(), units: new Set() };
  let signed = false;
  const note = (unit: UnitWord) => {
    if (typeof unit === 'object')
      fail(`${unit.unsupported} is not a currency the dataset stores (USD, CNY)`);
    else peeled.units.add(unit);
  };
  const ends = [
    [takePrefix, QUALIFIER_PREFIXES, UNIT_PREFIXES, SIGN],
    [takeSuffix, QUALIFIER_SUFFIXES, UNIT_SUFFIXES, null],
  ] as const;
  for (const [take, qualifierWords, unitWords, signPattern] of ends) {
    for (let found = true; found && peeled.core !== '';) {
      const sign = signPattern?.exec(peeled.core) ?? null;
      if (sign !== null) {
        if (signed) fail('it has two signs');
        signed = true;
        peeled.sign = sign[1] === '+' ? '' : '-';
        peeled.core = peeled.core.slice(sign[0].length);
        continue;
      }
      const qualifier = take(peeled.core, qualifierWords);
      const unit = qualifier === null ? take(peeled.core, unitWords) : null;
      if (qualifier !== null) peeled.qualifiers.add(qualifier.meaning);
      if (unit !== null) note(unit.meaning);
      const taken = qualifier ?? unit;
      if (taken !== null) peeled.core = taken.rest;
      found = taken !== null;
    }
  }
  return peeled;
}
