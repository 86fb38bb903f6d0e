import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { shiftDecimal } from './decimal.ts';
import { formatFigure, formatValue, type FigureForDisplay } from './format.ts';
import { parseDate } from './parse-date.ts';
import { parseFigure } from './parse-figure.ts';
import type { DisplayLocale, ParsedFigure, ParsedUnit } from './types.ts';

// Property tests: whatever formatValue and formatFigure write, in either language, parseFigure
// reads back as the same value, unit and qualifier (or, where the caller asked for rounding,
// a value within that rounding).

const locales = fc.constantFrom<DisplayLocale>('en', 'zh-Hant');
const quantityUnits = fc.constantFrom<ParsedUnit | null>(
  'USD',
  'CNY',
  'percent',
  'users',
  'count',
  null,
);
const options = fc.record({ bare: fc.boolean(), signed: fc.boolean() });

/** Figures as documents state them: a few digits and a power of ten (1.1億, 11.4M, 0.5%). */
const statedValues = fc
  .tuple(fc.integer({ min: -9_999_999, max: 9_999_999 }), fc.integer({ min: -6, max: 16 }))
  .map(([digits, exponent]) => Number(shiftDecimal(String(digits), exponent)));
/**
 * Any double the formatter writes in full. Below 10^-3 the shortest decimal of a double can need
 * more than the 20 decimals the formatter writes; those are the `tinyValues` below.
 */
const anyValues = fc
  .double({ noNaN: true, noDefaultInfinity: true })
  .filter((x) => x === 0 || Math.abs(x) >= 1e-3)
  .map((x) => x + 0); // -0 is written "-0" or "0", and read as 0 either way
const values = fc.oneof(statedValues, anyValues);
const tinyValues = fc.double({ min: -1e-3, max: 1e-3, noNaN: true });

/** What a reader of the formatted text sees: a count's noun is left out, and so is `bare`'s. */
const writtenUnit = (unit: ParsedUnit | null, bare: boolean) =>
  unit === 'count' || (unit === 'users' && bare) ? null : unit;

const quantity = (parsed: ParsedFigure) => {
  if (parsed.kind !== 'quantity') throw new Error(`read as a ${parsed.kind}`);
  return parsed;
};

describe('parseFigure reads back what formatValue writes', () => {
  it('gives back the exact value and unit', () => {
    fc.assert(
      fc.property(values, quantityUnits, locales, options, (value, unit, locale, opts) => {
        const text = formatValue(value, unit, locale, opts);
        expect(quantity(parseFigure(text)), text).toMatchObject({
          value,
          unit: writtenUnit(unit, opts.bare),
          qualifier: 'exact',
        });
      }),
      { numRuns: 500 },
    );
  });

  it('gives back a value within the 20 decimals it writes', () => {
    fc.assert(
      fc.property(tinyValues, quantityUnits, locales, (value, unit, locale) => {
        const text = formatValue(value, unit, locale);
        // Half the 20th decimal, and the double nearest the written decimal may be a unit in the
        // last place away from it.
        const tolerance = 5e-21 + Number.EPSILON * Math.abs(value);
        const error = Math.abs(quantity(parseFigure(text)).value - value);
        expect(error, text).toBeLessThanOrEqual(tolerance);
      }),
      { numRuns: 500 },
    );
  });

  it('gives back a value within the rounding asked for (KPI cards)', () => {
    const digits = fc.integer({ min: 0, max: 3 });
    fc.assert(
      fc.property(
        fc.oneof(values, tinyValues),
        quantityUnits,
        locales,
        digits,
        (value, unit, locale, d) => {
          const text = formatValue(value, unit, locale, { maximumFractionDigits: d });
          const parsed = quantity(parseFigure(text));
          // Half a unit in the last decimal shown, of the number or of its scale (萬, M, 億, B …),
          // and a scale is never larger than the number.
          const tolerance = 0.5 * 10 ** -d * Math.max(1, Math.abs(value)) * (1 + 1e-12);
          expect(Math.abs(parsed.value - value), text).toBeLessThanOrEqual(tolerance);
          expect(parsed.unit, text).toBe(writtenUnit(unit, false));
        },
      ),
      { numRuns: 500 },
    );
  });

  it('gives back the year, as a date in Chinese and as a number or date in English', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1000, max: 9999 }), (year) => {
        expect(parseFigure(formatValue(year, 'year', 'zh-Hant'))).toMatchObject({
          kind: 'date',
          precision: 'year',
          year,
        });
        const en = formatValue(year, 'year', 'en');
        expect(parseFigure(en)).toMatchObject({ kind: 'quantity', value: year });
        expect(parseDate(en)).toMatchObject({ precision: 'year', year });
      }),
    );
  });
});

type Shown = 'exact' | 'within' | 'over' | 'at_least' | 'about' | 'nearly' | 'about-bounded';
const shownQualifiers = fc.constantFrom<Shown>(
  'exact',
  'within',
  'over',
  'at_least',
  'about',
  'nearly',
  'about-bounded',
);

/** A figure the schema allows, with the bounds its qualifier implies. */
const figureOf = (value: number, unit: ParsedUnit | null, shown: Shown): FigureForDisplay => {
  const figure = { value, unit, lower: null, upper: null };
  switch (shown) {
    case 'over':
    case 'at_least':
      return { ...figure, qualifier: shown, lower: value };
    case 'nearly':
      return { ...figure, qualifier: 'about', upper: value };
    case 'about-bounded':
      return { ...figure, qualifier: 'about', lower: value - 1, upper: value + 1 };
    default:
      return { ...figure, qualifier: shown };
  }
};

/** The qualifier and bounds the words say; "about" with two bounds is written as plain "about". */
const readBack = (value: number, shown: Shown) => {
  switch (shown) {
    case 'exact':
    case 'within':
      return { qualifier: 'exact', lower: null, upper: null };
    case 'over':
    case 'at_least':
      return { qualifier: shown, lower: value, upper: null };
    case 'nearly':
      return { qualifier: 'about', lower: null, upper: value };
    case 'about':
    case 'about-bounded':
      return { qualifier: 'about', lower: null, upper: null };
  }
};

describe('parseFigure reads back what formatFigure writes', () => {
  it('gives back the value, unit, qualifier and the bounds its words imply', () => {
    fc.assert(
      fc.property(
        values,
        quantityUnits,
        shownQualifiers,
        locales,
        options,
        (value, unit, shown, locale, opts) => {
          const text = formatFigure(figureOf(value, unit, shown), locale, opts);
          expect(parseFigure(text), text).toEqual({
            kind: 'quantity',
            value,
            unit: writtenUnit(unit, opts.bare),
            ...readBack(value, shown),
          });
        },
      ),
      { numRuns: 500 },
    );
  });
});
