/** Expected values for the parser's table tests, written the way a reader states them. */
import { expect } from 'vitest';
import { FigureParseError } from './errors.ts';
import { parseFigure } from './parse-figure.ts';
import type { ParsedDate, ParsedFigure, ParsedQuantity, ParsedRange, ParsedUnit } from './types.ts';

/** parseFigure reads `text` as `expected`, whole. */
export const expectRead = (text: string, expected: ParsedFigure) => {
  expect(parseFigure(text)).toEqual(expected);
};

/** parseFigure refuses `text`, and says `reason`: the error is typed and names the text. */
export const expectRefused = (text: string, reason: string) => {
  expect(() => parseFigure(text)).toThrow(new FigureParseError(text, reason));
};

export const exact = (value: number, unit: ParsedUnit | null = null): ParsedQuantity => ({
  kind: 'quantity',
  value,
  unit,
  qualifier: 'exact',
  lower: null,
  upper: null,
});
export const over = (value: number, unit: ParsedUnit | null = null): ParsedQuantity => ({
  ...exact(value, unit),
  qualifier: 'over',
  lower: value,
});
export const atLeast = (value: number, unit: ParsedUnit | null = null): ParsedQuantity => ({
  ...over(value, unit),
  qualifier: 'at_least',
});
export const about = (value: number, unit: ParsedUnit | null = null): ParsedQuantity => ({
  ...exact(value, unit),
  qualifier: 'about',
});
export const nearly = (value: number, unit: ParsedUnit | null = null): ParsedQuantity => ({
  ...about(value, unit),
  upper: value,
});

export const range = (
  lower: number,
  upper: number,
  unit: ParsedUnit | null = null,
): ParsedRange => ({
  kind: 'range',
  unit,
  lower,
  upper,
});

/** `span` is the period's first and last day, `2025-04-01..2025-06-30`. */
export const date = (
  span: `${string}..${string}`,
  precision: ParsedDate['precision'],
  qualifier: ParsedDate['qualifier'] = 'exact',
): ParsedDate => {
  const [start = '', end = ''] = span.split('..');
  const year = Number(start.slice(0, 4));
  return { kind: 'date', date: start, end, precision, qualifier, year, value: year, unit: 'year' };
};
