import { describe, expect, it } from 'vitest';
import { FigureParseError } from './errors.ts';
import { parseDate, parseUsDate } from './parse-date.ts';
import { parseFigure, tryParseFigure } from './parse-figure.ts';
import {
  about,
  atLeast,
  date,
  exact,
  expectRead,
  expectRefused,
  nearly,
  over,
} from './test-figures.ts';
import type { ParsedDate, ParsedQuantity } from './types.ts';

describe('parseFigure: quantities', () => {
  it.each<[string, ParsedQuantity]>([
    // Chinese numerals and multipliers
    ['十二', exact(12)],
    ['三十億', exact(3_000_000_000)],
    ['一百二十萬', exact(1_200_000)],
    ['兩千家', exact(2000, 'count')],
    ['三兆', exact(3_000_000_000_000)],
    ['五千', exact(5000)],
    ['百萬用戶', exact(1_000_000, 'users')],
    ['一點五億', exact(150_000_000)],
    // Arabic digits with multipliers, separators and decimals
    ['1140萬', exact(11_400_000)],
    ['4億', exact(400_000_000)],
    ['1.5億', exact(150_000_000)],
    ['1.1億', exact(110_000_000)],
    ['2,000萬', exact(20_000_000)],
    ['3千萬', exact(30_000_000)],
    ['1.2萬億', exact(1_200_000_000_000)],
    ['1,234,567', exact(1_234_567)],
    ['11.4', exact(11.4)],
    ['１２３', exact(123)],
    // English scales
    ['11.4 million', exact(11_400_000)],
    ['3 billion', exact(3_000_000_000)],
    ['3B', exact(3_000_000_000)],
    ['400k', exact(400_000)],
    ['2 trillion', exact(2_000_000_000_000)],
    // currencies
    ['30億美元', exact(3_000_000_000, 'USD')],
    ['4億美金', exact(400_000_000, 'USD')],
    ['US$400M', exact(400_000_000, 'USD')],
    ['$1.2bn', exact(1_200_000_000, 'USD')],
    ['USD 5 million', exact(5_000_000, 'USD')],
    ['3 billion US dollars', exact(3_000_000_000, 'USD')],
    ['人民幣30億元', exact(3_000_000_000, 'CNY')],
    ['30億人民幣', exact(3_000_000_000, 'CNY')],
    ['500萬元', exact(5_000_000, 'CNY')],
    ['RMB 2bn', exact(2_000_000_000, 'CNY')],
    ['CNY 100', exact(100, 'CNY')],
    ['¥5萬', exact(50_000, 'CNY')],
    ['￥5萬', exact(50_000, 'CNY')],
    ['CN¥400M', exact(400_000_000, 'CNY')],
    ['-US$400M', exact(-400_000_000, 'USD')],
    // percent
    ['300%', exact(300, 'percent')],
    ['12.5％', exact(12.5, 'percent')],
    ['百分之三十', exact(30, 'percent')],
    ['30 percent', exact(30, 'percent')],
    // units of counting
    ['1140萬用戶', exact(11_400_000, 'users')],
    ['1140萬名用戶', exact(11_400_000, 'users')],
    ['11.4M users', exact(11_400_000, 'users')],
    ['6家', exact(6, 'count')],
    ['三個', exact(3, 'count')],
    ['十間', exact(10, 'count')],
    // simplified forms read the same
    ['1140万用户', exact(11_400_000, 'users')],
    ['超过30亿美元', over(3_000_000_000, 'USD')],
    // qualifiers, both languages
    ['超過300%', over(300, 'percent')],
    ['逾4億美元', over(400_000_000, 'USD')],
    ['1140萬以上', over(11_400_000)],
    ['300多家', over(300, 'count')],
    ['三百多萬用戶', over(3_000_000, 'users')],
    ['1萬多人', over(10_000, 'count')],
    ['百餘家', over(100, 'count')],
    ['over 300%', over(300, 'percent')],
    ['more than US$3B', over(3_000_000_000, 'USD')],
    ['近1140萬', nearly(11_400_000)],
    ['將近30億美元', nearly(3_000_000_000, 'USD')],
    ['nearly 11.4 million users', nearly(11_400_000, 'users')],
    ['almost 300%', nearly(300, 'percent')],
    ['約4億美元', about(400_000_000, 'USD')],
    ['大約300', about(300)],
    ['300左右', about(300)],
    ['約300家左右', about(300, 'count')],
    ['about US$3B', about(3_000_000_000, 'USD')],
    ['around 400k', about(400_000)],
    ['approximately 12', about(12)],
    ['roughly 1.5 billion', about(1_500_000_000)],
    ['~300', about(300)],
    ['至少3家', atLeast(3, 'count')],
    ['at least US$400M', atLeast(400_000_000, 'USD')],
    ['10 or more', atLeast(10)],
    // a bare year is a number; it takes 年 or parseDate to make it a date
    ['2027', exact(2027)],
  ])('%s', expectRead);
});

describe('parseFigure: dates', () => {
  it.each<[string, ParsedDate]>([
    ['2015年', date('2015-01-01..2015-12-31', 'year')],
    ['二〇二五年', date('2025-01-01..2025-12-31', 'year')],
    ['2024年6月', date('2024-06-01..2024-06-30', 'month')],
    ['2024年十二月', date('2024-12-01..2024-12-31', 'month')],
    ['2024年6月3日', date('2024-06-03..2024-06-03', 'day')],
    ['2025年春季', date('2025-03-01..2025-05-31', 'season')],
    ['2025年夏天', date('2025-06-01..2025-08-31', 'season')],
    ['2025年秋季', date('2025-09-01..2025-11-30', 'season')],
    ['2025年冬季', date('2025-12-01..2026-02-28', 'season')],
    ['1950年代', date('1950-01-01..1959-12-31', 'decade')],
    ['1980年代後期', date('1980-01-01..1989-12-31', 'decade', 'late')],
    ['2000年代初', date('2000-01-01..2009-12-31', 'decade', 'early')],
    ['1990年代末', date('1990-01-01..1999-12-31', 'decade', 'late')],
    ['2024年初', date('2024-01-01..2024-12-31', 'year', 'early')],
    ['2024年底', date('2024-01-01..2024-12-31', 'year', 'late')],
    ['2027年前', date('2027-01-01..2027-12-31', 'year', 'by')],
    ['2019年以來', date('2019-01-01..2019-12-31', 'year', 'after')],
    ['Spring 2025', date('2025-03-01..2025-05-31', 'season')],
    ['fall of 2024', date('2024-09-01..2024-11-30', 'season')],
    ['June 2024', date('2024-06-01..2024-06-30', 'month')],
    ['Sept. 2024', date('2024-09-01..2024-09-30', 'month')],
    ['June 3, 2024', date('2024-06-03..2024-06-03', 'day')],
    ['3 June 2024', date('2024-06-03..2024-06-03', 'day')],
    ['2025-03-01', date('2025-03-01..2025-03-01', 'day')],
    ['the 1950s', date('1950-01-01..1959-12-31', 'decade')],
    ['late 1980s', date('1980-01-01..1989-12-31', 'decade', 'late')],
    ['early 2000s', date('2000-01-01..2009-12-31', 'decade', 'early')],
    ['by 2027', date('2027-01-01..2027-12-31', 'year', 'by')],
    ['since 2019', date('2019-01-01..2019-12-31', 'year', 'after')],
    ['in 2030', date('2030-01-01..2030-12-31', 'year')],
  ])('%s', expectRead);

  it('reads a bare year as a date when asked for one', () => {
    expect(parseDate('2027')).toEqual(date('2027-01-01..2027-12-31', 'year'));
  });

  it('reads a slash date only in the American order, and only when asked', () => {
    expect(parseUsDate('09/10/2025')).toEqual(date('2025-09-10..2025-09-10', 'day'));
    expect(() => parseFigure('09/10/2025')).toThrow(/parseUsDate/);
    expect(() => parseUsDate('13/10/2025')).toThrow('there is no month 13');
    expect(() => parseUsDate('2025年')).toThrow(FigureParseError);
  });
});

describe('parseFigure: what it refuses', () => {
  it.each([
    ['', 'it is empty'],
    ['   ', 'it is empty'],
    ['萬用戶', '"萬" has no number before it'],
    ['億萬萬', '"億" has no number before it'],
    ['萬3', '"萬" has no number before it'],
    ['1億萬', 'the multipliers "億萬" are out of order'],
    ['3萬萬', 'the multipliers "萬萬" are out of order'],
    ['-萬', 'there is no number in it'],
    ['AI六小虎', '"AI六小虎" is not a number'],
    ['no figure here', 'there is no number in it'],
    ['300 400', 'it holds more than one number'],
    ['12,34', '"12,34" is not a number'],
    ['30億日元', 'JPY is not a currency the dataset stores (USD, CNY)'],
    ['JP¥300', 'JPY is not a currency the dataset stores (USD, CNY)'],
    ['NT$300', 'TWD is not a currency the dataset stores (USD, CNY)'],
    ['US$3億人民幣', 'it names two units (USD, CNY)'],
    ['約超過300', 'its qualifiers disagree (about, over)'],
    ['3 apples', '"apples" is not a unit or qualifier this parser knows'],
    ['3年', '"年" is not a unit or qualifier this parser knows'],
    ['2024年13月', 'there is no month 13'],
    ['2023年2月29日', 'there is no day 29 in 2023-02'],
    ['1985年代', 'a decade starts in a year ending in 0, not 1985'],
    ['1990年代中期', 'the middle of a period is not a date qualifier the dataset has'],
    ['mid-1990s', 'the middle of a period is not a date qualifier the dataset has'],
    ['by late 2027', 'it has two date qualifiers (by, late)'],
  ])('%j: %s', expectRefused);

  it('says in its message which text it could not read', () => {
    expect(() => parseFigure('億萬萬')).toThrow(
      'Cannot read "億萬萬" as a figure: "億" has no number before it',
    );
  });

  it('tryParseFigure gives null instead of throwing', () => {
    expect(tryParseFigure('億萬萬')).toBeNull();
    expect(tryParseFigure('4億美元')).toEqual(exact(400_000_000, 'USD'));
  });
});
