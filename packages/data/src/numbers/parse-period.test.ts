import { describe, expect, it } from 'vitest';
import { parseDate } from './parse-date.ts';
import { date, expectRead, expectRefused } from './test-figures.ts';
import type { ParsedDate } from './types.ts';

describe('parseFigure: quarters', () => {
  it.each<[string, ParsedDate]>([
    ['2025年第二季', date('2025-04-01..2025-06-30', 'quarter')],
    ['2025年第二季度', date('2025-04-01..2025-06-30', 'quarter')],
    ['2025年第2季', date('2025-04-01..2025-06-30', 'quarter')],
    ['2025年二季度', date('2025-04-01..2025-06-30', 'quarter')],
    ['2025年Q2', date('2025-04-01..2025-06-30', 'quarter')],
    ['2025年首季', date('2025-01-01..2025-03-31', 'quarter')],
    ['2025年第四季', date('2025-10-01..2025-12-31', 'quarter')],
    ['2025年第三季末', date('2025-07-01..2025-09-30', 'quarter', 'late')],
    ['2024年第一季以來', date('2024-01-01..2024-03-31', 'quarter', 'after')],
    ['2025年第二季', date('2025-04-01..2025-06-30', 'quarter')],
    ['Q2 2025', date('2025-04-01..2025-06-30', 'quarter')],
    ['2025-Q2', date('2025-04-01..2025-06-30', 'quarter')],
    ['2025 Q4', date('2025-10-01..2025-12-31', 'quarter')],
    ['the second quarter of 2025', date('2025-04-01..2025-06-30', 'quarter')],
    ['by Q1 2026', date('2026-01-01..2026-03-31', 'quarter', 'by')],
  ])('%s', expectRead);
});

describe('parseFigure: decades written with two digits are the 1900s', () => {
  it.each<[string, ParsedDate]>([
    ['90年代', date('1990-01-01..1999-12-31', 'decade')],
    ['九十年代', date('1990-01-01..1999-12-31', 'decade')],
    ['五〇年代', date('1950-01-01..1959-12-31', 'decade')],
    ['80年代後期', date('1980-01-01..1989-12-31', 'decade', 'late')],
    ['30年代', date('1930-01-01..1939-12-31', 'decade')],
    ['the 90s', date('1990-01-01..1999-12-31', 'decade')],
    ["the '90s", date('1990-01-01..1999-12-31', 'decade')],
    ['late ’80s', date('1980-01-01..1989-12-31', 'decade', 'late')],
  ])('%s', expectRead);
});

describe('parseFigure: since a date, an open-ended period', () => {
  it.each<[string, ParsedDate]>([
    ['自2019年以來', date('2019-01-01..2019-12-31', 'year', 'after')],
    ['自2019年以来', date('2019-01-01..2019-12-31', 'year', 'after')],
    ['自從2019年以來', date('2019-01-01..2019-12-31', 'year', 'after')],
    ['自2019年起', date('2019-01-01..2019-12-31', 'year', 'after')],
    ['從2019年開始', date('2019-01-01..2019-12-31', 'year', 'after')],
    ['2019年起', date('2019-01-01..2019-12-31', 'year', 'after')],
    ['自2024年6月以來', date('2024-06-01..2024-06-30', 'month', 'after')],
    ['自2019年', date('2019-01-01..2019-12-31', 'year', 'after')],
    ['since 2019', date('2019-01-01..2019-12-31', 'year', 'after')],
  ])('%s', expectRead);
});

describe('the span of each precision', () => {
  it.each<[string, ParsedDate]>([
    ['2023年冬季', date('2023-12-01..2024-02-29', 'season')],
    ['2024年2月', date('2024-02-01..2024-02-29', 'month')],
    ['2023年2月', date('2023-02-01..2023-02-28', 'month')],
    ['2000年代', date('2000-01-01..2009-12-31', 'decade')],
  ])('%s', (text, expected) => {
    expect(parseDate(text)).toEqual(expected);
  });
});

describe('periods it refuses, and why', () => {
  it.each([
    ['2025年第五季', 'a year has four quarters, not a quarter 5'],
    ['Q5 2025', 'a year has four quarters, not a quarter 5'],
    ['2025年第十季', '"第十季" after "2025年" is not a date form this parser knows'],
    ['95年代', 'a decade starts in a year ending in 0, not 95'],
    ['20年代', 'a two-digit decade "20" may be the 1920s or the 2020s: write the year in full'],
    ['00年代', 'a two-digit decade "00" may be the 1900s or the 2000s: write the year in full'],
    ['the 20s', 'a two-digit decade "20" may be the 1920s or the 2020s: write the year in full'],
    ['自2019年前', 'it has two date qualifiers (after, by)'],
    ['2019年至2024年', 'a span between two dates is not one figure: read each end on its own'],
    ['2025年上半年', '"上半年" after "2025年" is not a date form this parser knows'],
    ['25年第二季', 'a date needs the four digits of its year'],
  ])('%j: %s', expectRefused);
});
