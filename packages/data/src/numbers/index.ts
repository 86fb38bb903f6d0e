export * from './types.ts';
export { FigureParseError } from './errors.ts';
export { parseFigure, tryParseFigure } from './parse-figure.ts';
export { parseQuantity } from './parse-quantity.ts';
export { matchDate, parseDate, parseUsDate, type MatchDateOptions } from './parse-date.ts';
export { parseChineseInteger } from './chinese-numerals.ts';
export { formatValue, formatFigure, type FormatOptions, type FigureForDisplay } from './format.ts';
