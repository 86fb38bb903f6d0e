import { describe, expect, it } from 'vitest';
import { codeSpans } from './code-spans';

describe('codeSpans', () => {
  it('marks backticked parts as code and keeps the rest as text', () => {
    expect(codeSpans('排序：`preferred`（顯示值）或 `deprecated`。')).toEqual([
      { text: '排序：', code: false },
      { text: 'preferred', code: true },
      { text: '（顯示值）或 ', code: false },
      { text: 'deprecated', code: true },
      { text: '。', code: false },
    ]);
  });

  it('keeps text without backticks, or with an unpaired one, as it is', () => {
    expect(codeSpans('純文字')).toEqual([{ text: '純文字', code: false }]);
    expect(codeSpans('a ` b')).toEqual([{ text: 'a ` b', code: false }]);
  });
});
