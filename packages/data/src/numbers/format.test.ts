import { describe, expect, it } from 'vitest';
import { formatFigure, formatValue, type FigureForDisplay } from './format.ts';
import { parseDate } from './parse-date.ts';
import { parseFigure } from './parse-figure.ts';
import type { DisplayUnit, ParsedQuantity } from './types.ts';

describe('formatValue', () => {
  it.each<[number, DisplayUnit, string, string]>([
    [11_400_000, 'users', '11.4M users', '1140萬用戶'],
    [11_400_000, null, '11.4M', '1140萬'],
    [400_000_000, 'USD', 'US$400M', '4億美元'],
    [3_000_000_000, 'USD', 'US$3B', '30億美元'],
    [150_000_000, null, '150M', '1.5億'],
    [1_200_000_000, 'CNY', 'CN¥1.2B', '12億人民幣'],
    [12_000_000_000_000, 'USD', 'US$12T', '12兆美元'],
    [-400_000_000, 'USD', '-US$400M', '-4億美元'],
    [300, 'percent', '300%', '300%'],
    [12.5, 'percent', '12.5%', '12.5%'],
    [1200, 'percent', '1,200%', '1,200%'],
    [2027, 'year', '2027', '2027年'],
    [6, 'count', '6', '6'],
    [1, 'users', '1 user', '1用戶'],
    [12_345, null, '12,345', '12,345'],
    [50_000, 'count', '50,000', '5萬'],
    [12_345_600, 'CNY', 'CN¥12,345,600', '1234.56萬人民幣'],
    // more than two decimals once scaled: written in full rather than rounded
    [12_345_678, null, '12,345,678', '12,345,678'],
    [1_234_567, 'USD', 'US$1,234,567', '1,234,567美元'],
  ])('%d %s → %s / %s', (value, unit, en, zh) => {
    expect(formatValue(value, unit, 'en')).toBe(en);
    expect(formatValue(value, unit, 'zh-Hant')).toBe(zh);
  });

  it('leaves out the counting noun when asked', () => {
    expect(formatValue(11_400_000, 'users', 'en', { bare: true })).toBe('11.4M');
    expect(formatValue(11_400_000, 'users', 'zh-Hant', { bare: true })).toBe('1140萬');
  });

  it('rounds for a KPI card only when asked', () => {
    const card = { maximumFractionDigits: 1 };
    expect(formatValue(12_345_678, null, 'en', card)).toBe('12.3M');
    expect(formatValue(12_345_678, null, 'zh-Hant', { maximumFractionDigits: 0 })).toBe('1235萬');
    expect(formatValue(12_345_678, 'USD', 'en', card)).toBe('US$12.3M');
    expect(formatValue(33.333, 'percent', 'zh-Hant', card)).toBe('33.3%');
  });

  it('writes a change with its sign when asked, plus and minus alike', () => {
    expect(formatValue(300, 'percent', 'en', { signed: true })).toBe('+300%');
    expect(formatValue(-12.5, 'percent', 'zh-Hant', { signed: true })).toBe('-12.5%');
    expect(formatValue(0, 'percent', 'en', { signed: true })).toBe('0%');
    expect(formatValue(300, 'percent', 'en')).toBe('300%');
  });
});

describe('formatFigure', () => {
  const figure = (
    value: number,
    unit: DisplayUnit,
    qualifier: FigureForDisplay['qualifier'],
    lower: number | null = null,
    upper: number | null = null,
  ): FigureForDisplay => ({ value, unit, qualifier, lower, upper });

  it.each<[FigureForDisplay, string, string]>([
    [figure(300, 'percent', 'over', 300), 'over 300%', '超過300%'],
    [figure(3e9, 'USD', 'at_least', 3e9), 'at least US$3B', '至少30億美元'],
    [figure(4e8, 'USD', 'about'), 'about US$400M', '約4億美元'],
    [figure(11_400_000, 'users', 'about', null, 11_400_000), 'nearly 11.4M users', '近1140萬用戶'],
    [figure(11_400_000, 'users', 'exact'), '11.4M users', '1140萬用戶'],
    [figure(11_400_000, 'users', 'within'), '11.4M users', '1140萬用戶'],
  ])('%j → %s / %s', (f, en, zh) => {
    expect(formatFigure(f, 'en')).toBe(en);
    expect(formatFigure(f, 'zh-Hant')).toBe(zh);
  });
});

describe('round trip: parseFigure reads back what format wrote', () => {
  const values: [number, DisplayUnit][] = [
    [11_400_000, 'users'],
    [400_000_000, 'USD'],
    [3_000_000_000, 'USD'],
    [150_000_000, null],
    [110_000_000, 'CNY'],
    [12_345_600, 'CNY'],
    [12_345_678, 'count'],
    [-400_000_000, 'USD'],
    [300, 'percent'],
    [0.5, 'percent'],
    [1234.5, null],
    [12_000_000_000_000, 'CNY'],
  ];
  it.each(values)('%d %s', (value, unit) => {
    for (const locale of ['en', 'zh-Hant'] as const) {
      const text = formatValue(value, unit, locale);
      expect(parseFigure(text), `${locale}: ${text}`).toMatchObject({ kind: 'quantity', value });
    }
    // A count is shown as a bare number: 家, 個 or 間 depends on what is counted.
    const written = unit === 'count' ? null : unit;
    expect(parseFigure(formatValue(value, unit, 'zh-Hant'))).toMatchObject({ unit: written });
  });

  it('keeps the year', () => {
    expect(parseFigure(formatValue(2027, 'year', 'zh-Hant'))).toMatchObject({
      kind: 'date',
      year: 2027,
    });
    expect(parseDate(formatValue(2027, 'year', 'en'))).toMatchObject({ year: 2027 });
  });

  it.each([
    '超過300%',
    '近1140萬用戶',
    '約4億美元',
    '至少30億美元',
    'over 300%',
    'nearly 11.4M users',
  ])('keeps the qualifier and bounds of %s', (text) => {
    const figure = parseFigure(text) as ParsedQuantity;
    for (const locale of ['en', 'zh-Hant'] as const) {
      expect(parseFigure(formatFigure(figure, locale))).toEqual(figure);
    }
  });
});
