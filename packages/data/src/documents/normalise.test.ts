import { describe, expect, it } from 'vitest';
import { normaliseText } from './normalise.ts';
import { splitSections } from './sections.ts';

describe('normaliseText', () => {
  it('joins a figure broken across lines by the PDF extraction', () => {
    expect(normaliseText('擁有1140\n\n萬用戶')).toBe('擁有1140萬用戶');
    expect(normaliseText('獲得4\n\n億美元投資')).toBe('獲得4億美元投資');
  });
  it('puts one space back between ASCII words only', () => {
    expect(normaliseText('Delete\n\nA\n\n計畫')).toBe('Delete A計畫');
    expect(normaliseText('race.\n- Local')).toBe('race.- Local');
    expect(normaliseText('AI\n\n競爭')).toBe('AI競爭');
  });
  it('handles CRLF and blank input', () => {
    expect(normaliseText('a\r\nb\r\n')).toBe('a b');
    expect(normaliseText('\n\n')).toBe('');
  });
  it('keeps spaces inside a line', () => {
    expect(normaliseText('最新的 AI 基礎模型')).toBe('最新的 AI 基礎模型');
  });
});

describe('splitSections', () => {
  const doc = '作者\n前言\n第一段1140\n萬\n摘要:\n內文 前言 不是標題\nSummary:\nText\n';
  it('splits on whole-line headings, with or without a trailing colon', () => {
    const { preamble, sections, missingHeadings } = splitSections(doc, ['前言', '摘要', 'Summary']);
    expect(preamble).toBe('作者');
    expect(sections).toEqual([
      { heading: '前言', text: '第一段1140萬' },
      { heading: '摘要', text: '內文 前言 不是標題' },
      { heading: 'Summary', text: 'Text' },
    ]);
    expect(missingHeadings).toEqual([]);
  });
  it('reports declared headings that the document lacks', () => {
    expect(splitSections(doc, ['前言', '結論']).missingHeadings).toEqual(['結論']);
  });
});
