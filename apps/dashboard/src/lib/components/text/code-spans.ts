/**
 * Splits text at backticks, as Markdown marks code: `rank` is a column name, not an English word of
 * ours, whatever the language around it. An unpaired backtick is kept as written.
 */
export function codeSpans(text: string): { text: string; code: boolean }[] {
  const parts = text.split('`');
  if (parts.length % 2 === 0) return [{ text, code: false }];
  return parts.map((part, i) => ({ text: part, code: i % 2 === 1 })).filter((p) => p.text !== '');
}
