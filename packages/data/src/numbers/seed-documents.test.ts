import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { normaliseText } from '../documents/index.ts';
import { NEEDS_SOURCES, sourcesDir } from '../documents/sources-dir.ts';
import { parseUsDate } from './parse-date.ts';
import { parseFigure } from './parse-figure.ts';
import type { ParsedFigure } from './types.ts';

const docs = sourcesDir();
const ARTICLE = '000_89ae78a84e1e2a83.txt';
const DIGEST = '002_ccdcabbdae56b434.txt';

/**
 * Every figure-like token of a document: an optional qualifier, digits, then a multiplier, unit
 * or date word. Digits glued to letters are names (`Prosperity7`, `COVID-19`), not figures.
 */
const FIGURE_TOKEN = new RegExp(
  [
    '(?<![A-Za-z0-9]-?)',
    '(?:',
    '\\d{1,2}/\\d{1,2}/\\d{4}',
    '|(?:超過|將近|大約|至少|逾|近|約)?',
    '(?:(?:Spring|Summer|Autumn|Fall|Winter) )?',
    '\\d+(?:[.,]\\d+)*',
    '(?:[%％]|年代(?:初期|初|後期|末)?|年(?:\\d{1,2}月|[春夏秋冬]季)?',
    '|[萬億兆千百]*(?:美元|人民幣|元|用戶|家|個|間)?)',
    ')',
    '(?![A-Za-z0-9])',
  ].join(''),
  'g',
);

/** Read only inside tests: without the documents, collecting this file must not touch them. */
const textOf = (file: string) => normaliseText(readFileSync(join(docs ?? '', file), 'utf8'));
const tokensOf = (file: string) => textOf(file).match(FIGURE_TOKEN) ?? [];

const SLASH_DATE = /^\d{1,2}\/\d{1,2}\/\d{4}$/;
const read = (token: string): ParsedFigure =>
  SLASH_DATE.test(token) ? parseUsDate(token) : parseFigure(token);

const quantity = (value: number, unit: string | null, qualifier = 'exact') =>
  expect.objectContaining({ kind: 'quantity', value, unit, qualifier });
const date = (iso: string, precision: string, qualifier = 'exact') =>
  expect.objectContaining({ kind: 'date', date: iso, precision, qualifier });

/** What the dataset cites from these documents, read as the dataset stores it. */
const EXPECTED: Record<string, unknown> = {
  '2024年6月': date('2024-06-01', 'month'),
  '1950年代': date('1950-01-01', 'decade'),
  '1971年': date('1971-01-01', 'year'),
  '1984年': date('1984-01-01', 'year'),
  '1980年代後期': date('1980-01-01', 'decade', 'late'),
  '1990年代': date('1990-01-01', 'decade'),
  '128': quantity(128, null), // Route 128: a name, harmless as a plain number
  '2015年': date('2015-01-01', 'year'),
  '2025': quantity(2025, null), // 中國製造2025, the plan's name
  '2022年': date('2022-01-01', 'year'),
  '79': quantity(79, null), // 《79號文件》, Document 79
  '2027年': date('2027-01-01', 'year'),
  '2000年代初': date('2000-01-01', 'decade', 'early'),
  '1140萬用戶': quantity(11_400_000, 'users'),
  '4億美元': quantity(400_000_000, 'USD'),
  '30億美元': quantity(3_000_000_000, 'USD'),
  '2017年': date('2017-01-01', 'year'),
  '2030年': date('2030-01-01', 'year'),
  '2019年': date('2019-01-01', 'year'),
  '超過300%': {
    kind: 'quantity',
    value: 300,
    unit: 'percent',
    qualifier: 'over',
    lower: 300,
    upper: null,
  },
  '09/10/2025': date('2025-09-10', 'day'),
  '2025年春季': date('2025-03-01', 'season'),
  'Spring 2025': date('2025-03-01', 'season'),
};

describe.skipIf(docs === null)(`figures in the seed documents — ${NEEDS_SOURCES}`, () => {
  it('finds every numeric token of the article, and no digits glued to names', () => {
    const article = tokensOf(ARTICLE);
    expect(article).toEqual([
      '2024年6月',
      '1950年代',
      '1971年',
      '1984年',
      '1980年代後期',
      '1990年代',
      '128',
      '2015年',
      '2025',
      '2025',
      '2025',
      '2022年',
      '79',
      '2027年',
      '2000年代初',
      '1140萬用戶',
      '4億美元',
      '30億美元',
      '2017年',
      '2030年',
      '2019年',
      '超過300%',
    ]);
    const text = textOf(ARTICLE);
    expect(text).toContain('Prosperity7基金');
    expect(text).toContain('COVID-19');
    expect(article).not.toContain('7');
    expect(article).not.toContain('19');
  });

  it('finds every numeric token of the digest', () => {
    expect(tokensOf(DIGEST)).toEqual(['09/10/2025', '2025年春季', 'Spring 2025']);
  });

  it('has an expectation for every token and a token for every expectation', () => {
    expect(new Set([...tokensOf(ARTICLE), ...tokensOf(DIGEST)])).toEqual(new Set(Object.keys(EXPECTED)));
  });
});

// The test above ties these tokens to the documents; reading them needs no document.
describe('figures the seed documents contain, as the dataset reads them', () => {
  it.each(Object.keys(EXPECTED))('reads %s', (token) => {
    expect(read(token)).toEqual(EXPECTED[token]);
  });

  it('refuses the slash date unless told it is American', () => {
    expect(() => parseFigure('09/10/2025')).toThrow(/parseUsDate/);
  });
});
