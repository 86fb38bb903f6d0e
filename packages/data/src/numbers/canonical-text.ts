/**
 * Simplified forms of the characters the parser looks for. Documents are Traditional, but quotes
 * and aliases arrive in Simplified (`1140万用户`), and one mapping here saves every word list a
 * second spelling.
 */
const SIMPLIFIED_TO_TRADITIONAL: Readonly<Record<string, string>> = {
  万: '萬',
  亿: '億',
  两: '兩',
  点: '點',
  币: '幣',
  过: '過',
  约: '約',
  将: '將',
  户: '戶',
  个: '個',
  间: '間',
  余: '餘',
  后: '後',
  圆: '圓',
  台: '臺',
  数: '數',
  几: '幾',
  来: '來',
  从: '從',
  开: '開',
};

/**
 * The form every parser works on: NFKC folds full-width digits and signs (`１２％`, `￥`) into
 * ASCII, Simplified characters become Traditional, runs of whitespace become one space.
 */
export function canonicalText(text: string): string {
  let out = '';
  for (const ch of text.normalize('NFKC')) out += SIMPLIFIED_TO_TRADITIONAL[ch] ?? ch;
  return out.replace(/\s+/g, ' ').trim();
}
