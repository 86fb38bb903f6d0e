import { describe, expect, it } from 'vitest';
import { parseChineseInteger } from './chinese-numerals.ts';
import { FigureParseError } from './errors.ts';

describe('parseChineseInteger', () => {
  it.each([
    ['十', 10],
    ['十二', 12],
    ['二十', 20],
    ['二十五', 25],
    ['一百零五', 105],
    ['一百二', 120],
    ['三百五十', 350],
    ['兩千', 2000],
    ['一千零一十', 1010],
    ['十萬', 100000],
    ['一百二十萬', 1200000],
    ['一萬二', 12000],
    ['一萬零五', 10005],
    ['三十億', 3000000000],
    ['一億二千萬', 120000000],
    ['一萬億', 1000000000000],
    ['三兆', 3000000000000],
    ['二〇二五', 2025],
    ['一九五〇', 1950],
    ['零', 0],
    ['百', 100],
    ['百萬', 1000000],
    ['千億', 100000000000],
  ])('%s → %d', (text, value) => {
    expect(parseChineseInteger(text)).toBe(value);
  });

  it.each([
    ['', 'no numeral'],
    ['億萬萬', '"億" has no number before it'],
    ['萬三', '"萬" has no number before it'],
    ['一萬萬', '"萬" has no number before it'],
    ['一億萬', '"萬" has no number before it'],
    ['一萬二億', '"億" is out of order'],
    ['一千千', '"千" is out of order'],
    ['一百千', '"千" is out of order'],
    ['一萬百', '"百" has no digit before it'],
    ['三五十', 'two digits in a row before "五"'],
    ['九千兆兆', '"兆" has no number before it'],
  ])('rejects %s: %s', (text, reason) => {
    expect(() => parseChineseInteger(text)).toThrow(new FigureParseError(text, reason));
  });
});
