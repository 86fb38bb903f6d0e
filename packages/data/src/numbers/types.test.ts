import { describe, expectTypeOf, it } from 'vitest';
import type { DatePrecision, Figure, Unit, dateQualifiers } from '../schemas/index.ts';
import type { FigureForDisplay } from './format.ts';
import type {
  DisplayUnit,
  ParsedDate,
  ParsedDatePrecision,
  ParsedDateQualifier,
  ParsedQuantity,
} from './types.ts';

// Checked by `tsc` (vitest does not type-check): the parser's unions must stay those of the schemas,
// so a parsed figure can be stored and a stored one formatted without casts.
describe('the number helpers fit the dataset schemas', () => {
  it('formats any stored figure', () => {
    expectTypeOf<Figure>().toExtend<FigureForDisplay>();
    expectTypeOf<Unit | null>().toEqualTypeOf<DisplayUnit>();
  });
  it('parses into the schema units, qualifiers and date precisions', () => {
    expectTypeOf<ParsedQuantity['unit']>().toExtend<Figure['unit'] | null>();
    expectTypeOf<ParsedQuantity['qualifier']>().toExtend<Figure['qualifier']>();
    // A quarter is the one precision the event schema lacks (see ParsedDatePrecision).
    expectTypeOf<Exclude<ParsedDatePrecision, 'quarter'>>().toEqualTypeOf<DatePrecision>();
    expectTypeOf<ParsedDateQualifier>().toEqualTypeOf<(typeof dateQualifiers)[number]>();
    expectTypeOf<ParsedDate['unit']>().toExtend<Unit>();
  });
});
