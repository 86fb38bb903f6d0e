import { FigureParseError } from './errors.ts';
import { matchDate } from './parse-date.ts';
import { parseAmount } from './parse-quantity.ts';
import type { ParsedFigure } from './types.ts';

/**
 * Any figure as a document writes it: a date (`2015年`, `2025年春季`, `2025年第二季`, `90年代`,
 * `自2019年以來`), a quantity (`1140萬用戶`, `4億美元`, `超過300%`, `三成`) or a range
 * (`300至400萬`, `數十億美元`). A bare number such as `2027` is a quantity; write `2027年` or use
 * `parseDate` for the year. Throws FigureParseError saying what it could not read.
 */
export function parseFigure(text: string): ParsedFigure {
  return matchDate(text, { bareYear: false }) ?? parseAmount(text);
}

/** `parseFigure`, with null for text it cannot read; other errors still throw. */
export function tryParseFigure(text: string): ParsedFigure | null {
  try {
    return parseFigure(text);
  } catch (error) {
    if (error instanceof FigureParseError) return null;
    throw error;
  }
}
