const ASCII_ALNUM = /[A-Za-z0-9]/;

/**
 * The design's normalised text: every line break removed, and a single space put back only where
 * the characters on both sides are ASCII letters or digits. The article's PDF extraction broke
 * lines mid-word (`1140\n\n萬用戶`), so claims are matched against this form (`1140萬用戶`).
 * Whitespace within a line is kept as written.
 */
export function normaliseText(raw: string): string {
  const lines = raw.replace(/\r\n?/g, '\n').split('\n');
  let out = '';
  for (const line of lines) {
    const piece = line.trim();
    if (piece === '') continue;
    const before = out.at(-1);
    if (before !== undefined && ASCII_ALNUM.test(before) && ASCII_ALNUM.test(piece[0] ?? '')) {
      out += ' ';
    }
    out += piece;
  }
  return out;
}
