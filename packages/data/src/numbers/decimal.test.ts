import { describe, expect, it } from 'vitest';
import { plainDecimal, readArabicNumber, shiftDecimal } from './decimal.ts';

describe('shiftDecimal', () => {
  it.each([
    ['1.5', 8, '150000000'],
    ['11.4', 6, '11400000'],
    ['1.1', 8, '110000000'],
    ['0.000123', 3, '0.123'],
    ['11400000', -6, '11.4'],
    ['400000000', -8, '4'],
    ['5', -3, '0.005'],
    ['-12.50', 1, '-125'],
    ['0', 4, '0'],
  ])('%s × 10^%d = %s', (decimal, exponent, expected) => {
    expect(shiftDecimal(decimal, exponent)).toBe(expected);
  });
});

describe('plainDecimal', () => {
  it('never writes an exponent', () => {
    expect(plainDecimal(1e21)).toBe('1000000000000000000000');
    expect(plainDecimal(1.5e-7)).toBe('0.00000015');
    expect(plainDecimal(11.4)).toBe('11.4');
  });
});

describe('readArabicNumber', () => {
  it('reads separators in groups of three only', () => {
    expect(readArabicNumber('1,234,567萬')).toEqual({ decimal: '1234567', length: 9 });
    expect(readArabicNumber('2,000萬')).toEqual({ decimal: '2000', length: 5 });
    expect(readArabicNumber('−3.50%')).toEqual({ decimal: '-3.5', length: 5 });
    expect(readArabicNumber('12,34')).toBeNull();
    expect(readArabicNumber('萬')).toBeNull();
  });
});
