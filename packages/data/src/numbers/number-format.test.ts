import { afterEach, describe, expect, it } from 'vitest';
import { compactNumber, fullNumber } from './compact-number.ts';

const { NumberFormat } = Intl;
afterEach(() => {
  Intl.NumberFormat = NumberFormat;
});

/** Counts the formatters built from now on (each a real one). */
function countBuilt(): { count: number } {
  const built = { count: 0 };
  Intl.NumberFormat = class extends NumberFormat {
    constructor(...args: ConstructorParameters<typeof NumberFormat>) {
      super(...args);
      built.count++;
    }
  } as typeof NumberFormat;
  return built;
}

describe('number formats', () => {
  it('are built once per locale, notation and rounding, however many numbers are formatted', () => {
    const built = countBuilt();
    const shown = new Set<string>();
    // Roundings no other test uses, so none of these formatters exists yet.
    for (let i = 0; i < 1000; i++) {
      shown.add(compactNumber(12_345_678 + i * 1000, 'en', 3));
      shown.add(compactNumber(12_345_678 + i * 1000, 'zh-Hant', 3));
      shown.add(fullNumber(1234.5 + i, 'en', 3));
    }
    expect(shown.size).toBe(3000);
    expect(built.count).toBe(3);
  });

  it('format as a formatter built for the call would', () => {
    expect(compactNumber(12_345_678, 'en', 1)).toBe('12.3M');
    expect(compactNumber(12_345_678, 'zh-Hant', 0)).toBe('1235萬');
    expect(compactNumber(12_345_678, 'zh-Hant', 2)).toBe('1234.57萬');
    expect(fullNumber(12_345_678.25, 'en')).toBe('12,345,678.25');
    expect(fullNumber(12_345_678.25, 'en', 0)).toBe('12,345,678');
  });
});
