/**
 * Finds one of a list of words at the start or end of a figure's text. Longer words win, ASCII
 * compares without case, and an English word must not be glued to another letter ("over" is not
 * the start of "overall", "m" is not the end of "platinum").
 */

const ASCII_LETTER = /[A-Za-z]/;

type Entries<T> = readonly (readonly [string, T])[];

function longestFirst<T>(entries: Entries<T>): Entries<T> {
  return [...entries].sort(([a], [b]) => b.length - a.length);
}

const sortedCache = new WeakMap<object, Entries<unknown>>();
function sorted<T>(entries: Entries<T>): Entries<T> {
  let found = sortedCache.get(entries) as Entries<T> | undefined;
  if (found === undefined) {
    found = longestFirst(entries);
    sortedCache.set(entries, found);
  }
  return found;
}

const sameWord = (a: string, b: string) => a.toLowerCase() === b.toLowerCase();

export function takePrefix<T>(
  text: string,
  entries: Entries<T>,
): { meaning: T; rest: string } | null {
  for (const [word, meaning] of sorted(entries)) {
    if (!sameWord(text.slice(0, word.length), word)) continue;
    const next = text.charAt(word.length);
    if (ASCII_LETTER.test(word.at(-1) ?? '') && ASCII_LETTER.test(next)) continue;
    return { meaning, rest: text.slice(word.length).trimStart() };
  }
  return null;
}

export function takeSuffix<T>(
  text: string,
  entries: Entries<T>,
): { meaning: T; rest: string } | null {
  for (const [word, meaning] of sorted(entries)) {
    if (text.length < word.length || !sameWord(text.slice(-word.length), word)) continue;
    const before = text.charAt(text.length - word.length - 1);
    if (ASCII_LETTER.test(word[0] ?? '') && ASCII_LETTER.test(before)) continue;
    return { meaning, rest: text.slice(0, -word.length).trimEnd() };
  }
  return null;
}
