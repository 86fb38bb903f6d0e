import { describe, expect, it } from 'vitest';
import { formatValue } from './format.ts';
import { parseFigure } from './parse-figure.ts';
import { about, exact, expectRead, expectRefused, nearly, over } from './test-figures.ts';
import type { ParsedQuantity } from './types.ts';

describe('parseFigure: 成 counts tenths, so 三成 is 30%', () => {
  it.each<[string, ParsedQuantity]>([
    ['三成', exact(30, 'percent')],
    ['兩成', exact(20, 'percent')],
    ['3成', exact(30, 'percent')],
    ['三成五', exact(35, 'percent')],
    ['1.5成', exact(15, 'percent')],
    ['七成以上', over(70, 'percent')],
    ['近三成', nearly(30, 'percent')],
    ['約兩成', about(20, 'percent')],
    ['三成多', over(30, 'percent')],
  ])('%s', expectRead);

  it('is written back as a percentage, which reads as the same value', () => {
    const parsed = parseFigure('三成') as ParsedQuantity;
    expect(formatValue(parsed.value, parsed.unit, 'zh-Hant')).toBe('30%');
    expect(formatValue(parsed.value, parsed.unit, 'en')).toBe('30%');
    expect(parseFigure(formatValue(parsed.value, parsed.unit, 'zh-Hant'))).toEqual(parsed);
  });
});

describe('parseFigure: a number written in parts (1億2千萬)', () => {
  it.each<[string, ParsedQuantity]>([
    ['1億2千萬', exact(120_000_000)],
    ['一億二千萬', exact(120_000_000)],
    ['3億5000萬', exact(350_000_000)],
    ['3億5000萬美元', exact(350_000_000, 'USD')],
    ['12億3456萬', exact(1_234_560_000)],
    ['1萬5000', exact(15_000)],
    ['1萬0500人', exact(10_500, 'count')],
    ['1億2千萬3456', exact(120_003_456)],
    ['3億五千萬', exact(350_000_000)],
    ['1萬億2千億', exact(1_200_000_000_000)],
    ['超過1億2千萬用戶', over(120_000_000, 'users')],
    ['1億2千多萬', over(120_000_000)],
    ['-1億2千萬', exact(-120_000_000)],
    ['1萬5,000', exact(15_000)],
  ])('%s', expectRead);
});

describe('parseFigure: a space between the number and its multiplier or unit', () => {
  it.each<[string, ParsedQuantity]>([
    ['4 億美元', exact(400_000_000, 'USD')],
    ['4 億 美元', exact(400_000_000, 'USD')],
    ['1140 萬用戶', exact(11_400_000, 'users')],
    ['300 多萬', over(3_000_000)],
    ['1 億 2 千萬', exact(120_000_000)],
    ['４ 億美元', exact(400_000_000, 'USD')],
  ])('%j', expectRead);
});

describe('parseFigure: signs, as formatValue writes a change', () => {
  it.each<[string, ParsedQuantity]>([
    ['+300%', exact(300, 'percent')],
    ['+12.5%', exact(12.5, 'percent')],
    ['over +300%', over(300, 'percent')],
    ['超過+300%', over(300, 'percent')],
    ['-12.5%', exact(-12.5, 'percent')],
    ['about -US$400M', about(-400_000_000, 'USD')],
    ['約-4億美元', about(-400_000_000, 'USD')],
  ])('%s', expectRead);

  it('reads back the signed percentages formatValue writes', () => {
    for (const locale of ['en', 'zh-Hant'] as const) {
      const text = formatValue(300, 'percent', locale, { signed: true });
      expect(text).toBe('+300%');
      expect(parseFigure(text)).toEqual(exact(300, 'percent'));
    }
  });
});

describe('parseFigure: one-letter scales', () => {
  it.each<[string, ParsedQuantity]>([
    // the word, or a two-letter abbreviation, is never ambiguous
    ['5 trillion', exact(5_000_000_000_000)],
    ['3 billion', exact(3_000_000_000)],
    ['$3bn', exact(3_000_000_000, 'USD')],
    ['5 tn', exact(5_000_000_000_000)],
    // glued, in the capitals formatValue writes
    ['3B', exact(3_000_000_000)],
    ['12T', exact(12_000_000_000_000)],
    ['150M', exact(150_000_000)],
    ['400k', exact(400_000)],
    ['11.4M users', exact(11_400_000, 'users')],
    // a currency rules out a unit of measure
    ['$5t', exact(5_000_000_000_000, 'USD')],
    ['US$3 b', exact(3_000_000_000, 'USD')],
    ['3b美元', exact(3_000_000_000, 'USD')],
    ['RMB 2 m', exact(2_000_000, 'CNY')],
  ])('%s', expectRead);

  it.each([
    ['5 t', 't', 'trillion'],
    ['3 b', 'b', 'billion'],
    ['5t', 't', 'trillion'],
    ['3b', 'b', 'billion'],
    ['3 B', 'B', 'billion'],
    ['5 m users', 'm', 'million'],
    ['400 k', 'k', 'thousand'],
  ])('refuses %j: the abbreviation may be a unit', (text, letter, word) => {
    const reason =
      `the abbreviation "${letter}" is ambiguous (it may be a unit of measure): ` +
      `write the word (${word}) or name the currency`;
    expectRefused(text, reason);
  });
});
