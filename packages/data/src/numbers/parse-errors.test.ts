import { describe, expect, it } from 'vitest';
import { FigureParseError } from './errors.ts';
import { parseFigure } from './parse-figure.ts';
import { expectRefused } from './test-figures.ts';

const reasonFor = (text: string): string => {
  try {
    parseFigure(text);
  } catch (error) {
    if (error instanceof FigureParseError) return error.reason;
    throw error;
  }
  throw new Error(`${text} was read`);
};

describe('parseFigure: errors name what is wrong', () => {
  it.each([
    // numbers in parts
    ['1億2億', 'in "1億2億", "2億" is not smaller than the part before it'],
    ['1萬2', 'in "1萬2", a part without a multiplier should have 4 digits'],
    ['1億5000', 'in "1億5000", a part without a multiplier should have 8 digits'],
    ['1.5億2千萬', 'a number in parts ("1.5億2千萬") takes no decimals'],
    ['1億多2千萬', '"多" or "餘" belongs at the end of "1億多2千萬"'],
    // signs
    ['--3', 'it has two signs'],
    ['+-3%', 'it has two signs'],
    // still two numbers side by side, with nothing that makes them one
    ['300 400', 'it holds more than one number'],
    ['3 4億', 'it holds more than one number'],
    ['5% 6%', 'it holds more than one number'],
  ])('%j: %s', expectRefused);

  // What the audit found misread: each of these is one thing (a quarter, a decade, a range),
  // so "more than one number" would send the reader looking for the wrong mistake.
  it.each([
    '2025年第五季',
    '2025年Q9',
    '25年第二季',
    'Q5 2025',
    '95年代',
    '20年代',
    '2019年至2024年',
    '400至300萬',
    '300至400至500萬',
    '約300至400萬',
    '300多至400萬',
    '1萬2',
  ])('%j is not called "more than one number"', (text) => {
    expect(reasonFor(text)).not.toMatch(/more than one number/);
  });
});
