import { describe, expect, it } from 'vitest';
import { FigureParseError } from './errors.ts';
import { parseQuantity } from './parse-quantity.ts';
import { expectRead, expectRefused, range } from './test-figures.ts';
import type { ParsedRange } from './types.ts';

describe('parseFigure: an order of magnitude is a range of one power of ten', () => {
  it.each<[string, ParsedRange]>([
    // 數十億 is "several billion": at least 十億, at most 百億
    ['數十億美元', range(1e9, 1e10, 'USD')],
    ['数十亿美元', range(1e9, 1e10, 'USD')],
    ['數十億', range(1e9, 1e10)],
    ['數百億人民幣', range(1e10, 1e11, 'CNY')],
    ['數億', range(1e8, 1e9)],
    ['數千萬用戶', range(1e7, 1e8, 'users')],
    ['幾百萬', range(1e6, 1e7)],
    ['數百家', range(100, 1000, 'count')],
    ['several billion dollars', range(1e9, 1e10, 'USD')],
    ['tens of billions of dollars', range(1e10, 1e11, 'USD')],
    ['hundreds of millions', range(1e8, 1e9)],
  ])('%s', expectRead);
});

describe('parseFigure: a range with two ends', () => {
  it.each<[string, ParsedRange]>([
    // a bare lower end shares the upper end's multiplier: 300至400萬 is 300萬 to 400萬
    ['300至400萬', range(3_000_000, 4_000_000)],
    ['300到400萬用戶', range(3_000_000, 4_000_000, 'users')],
    ['3-4億美元', range(300_000_000, 400_000_000, 'USD')],
    ['3億至4億美元', range(300_000_000, 400_000_000, 'USD')],
    ['300萬至1億', range(3_000_000, 100_000_000)],
    ['三至五千萬', range(30_000_000, 50_000_000)],
    ['五至十萬', range(50_000, 100_000)],
    ['一百至一百二十萬', range(1_000_000, 1_200_000)],
    ['三至四成', range(30, 40, 'percent')],
    ['5~10%', range(5, 10, 'percent')],
    ['5–10%', range(5, 10, 'percent')],
    ['US$3-4B', range(3e9, 4e9, 'USD')],
    ['3 to 4 billion', range(3e9, 4e9)],
    ['$1.5 to 2 billion', range(1.5e9, 2e9, 'USD')],
    ['-5至-3%', range(-5, -3, 'percent')],
    ['3億-4億美元', range(300_000_000, 400_000_000, 'USD')],
    ['1億2千萬至1億5千萬', range(120_000_000, 150_000_000)],
  ])('%s', expectRead);

  it('is not one quantity, so parseQuantity names it a range', () => {
    expect(() => parseQuantity('300至400萬')).toThrow(
      new FigureParseError('300至400萬', 'it is a range (3000000 to 4000000), not one quantity'),
    );
  });
});

describe('parseFigure: ranges it refuses, and why', () => {
  it.each([
    ['400至300萬', 'its lower end (4000000) is not below its upper end (3000000)'],
    ['3至3億', 'its lower end (300000000) is not below its upper end (300000000)'],
    ['300至400至500萬', 'a range has two ends, not more'],
    ['約300至400萬', 'a range takes no qualifier (about): its ends are its bounds'],
    ['超過數十億美元', 'a range takes no qualifier (over): its ends are its bounds'],
    ['300多至400萬', 'a range is not "more than" either end: leave out 多 or 餘'],
    ['三成至40', 'only one end of the range is in 成'],
    ['300至400 apples', '"apples" is not a unit or qualifier this parser knows'],
    ['數億萬', 'the multipliers "億萬" are out of order'],
    // a hyphen before a word is no range
    ['5-year', '"-year" is not a unit or qualifier this parser knows'],
  ])('%j: %s', expectRefused);
});
