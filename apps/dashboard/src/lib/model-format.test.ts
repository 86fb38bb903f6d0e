import { describe, expect, it } from 'vitest';
import { formatCompute, formatParameters } from './model-format.ts';

describe('model magnitudes', () => {
  it.each([
    [671e9, '671B', '6710億'],
    [1.6e12, '1.6T', '1.6兆'],
    [7e9, '7B', '70億'],
    [3.5e8, '350M', '3.5億'],
    [86_500_000, '86.5M', '8650萬'],
    [512, '512', '512'],
  ])('%d parameters read %s / %s', (n, en, zh) => {
    expect(formatParameters(n, 'en')).toBe(en);
    expect(formatParameters(n, 'zh-Hant')).toBe(zh);
  });
  it.each([
    [3.8e24, '3.8×10²⁴'],
    [1e25, '10²⁵'],
    [2.1234e21, '2.12×10²¹'],
  ])('%d FLOP reads %s', (n, text) => expect(formatCompute(n)).toBe(text));
});
