import { describe, expect, it } from 'vitest';
import { writtenLang } from './written-lang.ts';

describe('writtenLang', () => {
  it('follows a single-language document', () => {
    expect(writtenLang('zh-Hant', '300%')).toBe('zh-Hant');
    expect(writtenLang('en', '2025年')).toBe('en');
  });
  it('tells the languages of a bilingual document apart by script', () => {
    expect(writtenLang('zh-Hant+en', '2025年春季')).toBe('zh-Hant');
    expect(writtenLang('zh-Hant+en', '「算力券」')).toBe('zh-Hant');
    expect(writtenLang('zh-Hant+en', 'Spring 2025')).toBe('en');
  });
});
