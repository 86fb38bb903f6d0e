export const MIN_IDS = 2;
export const MAX_IDS = 6;

/** More ids than this in one URL are not a comparison but noise; the rest are dropped unread. */
const MAX_TOKENS = 40;
const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

export interface ParsedIds {
  /** Well-formed ids, lower-cased, without repeats, in the order given. */
  ids: string[];
  /** Tokens that cannot be ids, as given (shortened), to tell the reader. */
  malformed: string[];
  /** `empty` when nothing was asked; `too_few` / `too_many` outside 2–6. */
  problem: 'empty' | 'too_few' | 'too_many' | null;
}

/**
 * The entities of `/compare`, from `?ids=a,b` and/or the repeated `?ids=a&ids=b` a form of
 * checkboxes submits. Never throws: whatever is wrong is reported for the page to explain.
 */
export function parseCompareIds(values: readonly string[]): ParsedIds {
  const tokens = values
    .flatMap((v) => v.split(','))
    .map((t) => t.trim())
    .filter((t) => t !== '')
    .slice(0, MAX_TOKENS);
  const ids: string[] = [];
  const malformed: string[] = [];
  for (const token of tokens) {
    const id = token.toLowerCase();
    if (id.length <= 100 && SLUG.test(id)) {
      if (!ids.includes(id)) ids.push(id);
    } else {
      const shown = [...token.replace(/\p{Cc}/gu, '')].slice(0, 40).join('');
      if (!malformed.includes(shown)) malformed.push(shown);
    }
  }
  const problem = tokens.length === 0 ? 'empty' : ids.length < MIN_IDS ? 'too_few' : ids.length > MAX_IDS ? 'too_many' : null;
  return { ids, malformed, problem };
}

/** `/compare`'s query string for these ids (commas kept readable). */
export function compareSearch(ids: readonly string[]): string {
  return ids.length === 0 ? '' : `?ids=${ids.map(encodeURIComponent).join(',')}`;
}
