import { ENGLISH_SCALE_LETTERS, ENGLISH_SCALE_WORDS } from './vocabulary.ts';
import { takePrefix } from './word-match.ts';

/** The word each one-letter scale abbreviates, for the error that asks for it. */
const SCALE_NAMES: Readonly<Record<number, string>> = {
  3: 'thousand',
  6: 'million',
  9: 'billion',
  12: 'trillion',
};

/**
 * Letters that read as a scale when glued to the digits: `400k`, `11.4M`, `3B`, `12T` (as
 * formatValue writes them). A lowercase `t` or `b` is tonnes or bits as often (`5t`, `3b`), and
 * any letter after a space (`5 t`, `3 b`, `5 m`) may be a unit of measure.
 */
const GLUED_SCALE = /^[kKmMBT]$/;

/**
 * An English scale after the digits, or null when none stands there. A one-letter scale counts
 * where a named currency rules out a unit (`$5t`, `US$3 b`) or where it is glued as `GLUED_SCALE`
 * says; elsewhere the figure is refused and the error asks for the word.
 */
export function takeEnglishScale(
  rest: string,
  context: { currency: boolean },
  fail: (reason: string) => never,
): { exponent: number; rest: string } | null {
  const text = rest.trimStart();
  const word = takePrefix(text, ENGLISH_SCALE_WORDS);
  if (word !== null) return { exponent: word.meaning, rest: word.rest };
  const letter = takePrefix(text, ENGLISH_SCALE_LETTERS);
  if (letter === null) return null;
  const written = text.charAt(0);
  const glued = text.length === rest.length;
  if (!context.currency && !(glued && GLUED_SCALE.test(written))) {
    fail(
      `the abbreviation "${written}" is ambiguous (it may be a unit of measure): ` +
        `write the word (${SCALE_NAMES[letter.meaning] ?? 'the scale'}) or name the currency`,
    );
  }
  return { exponent: letter.meaning, rest: letter.rest };
}
