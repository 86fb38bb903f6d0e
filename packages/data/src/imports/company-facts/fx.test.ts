import { describe, expect, it } from 'vitest';
import { statedUsd, toUsd, type FxRate } from './fx.ts';

const rates: FxRate[] = [
  { period: '2023', currency: 'CNY', units_per_usd: 7.0809, source: 'Fed G.5A', source_zh: null },
  { period: '2023', currency: 'HKD', units_per_usd: 7.8292, source: 'Fed G.5A', source_zh: null },
  { period: '2024-10', currency: 'CNY', units_per_usd: 7.0881, source: 'FRED EXCHUS', source_zh: null },
  { period: '2025-02', currency: 'CNY', units_per_usd: 7.2734, source: 'FRED EXCHUS', source_zh: null },
];

describe('toUsd', () => {
  it('leaves dollars as they are', () => {
    expect(toUsd(5e8, 'USD', '2024', 'US$500 million', rates)).toMatchObject({ value: 5e8, method: 'same', rate: null });
  });
  it('prefers the equivalent the report itself states', () => {
    expect(statedUsd('2.5 billion yuan (US$342 million)')).toBe(342e6);
    expect(statedUsd('$468.9 million')).toBeNull();
    expect(toUsd(2.5e9, 'CNY', '2023-10', '2.5 billion yuan (US$342 million)', rates)).toMatchObject({ value: 342e6, method: 'stated' });
  });
  it('uses the month’s rate, else the year’s', () => {
    expect(toUsd(7.0881e9, 'CNY', '2024-10-15', '70.881億元', rates)).toMatchObject({ value: 1e9, method: 'rate', rate_period: '2024-10' });
    expect(toUsd(7.0809e8, 'CNY', '2023-06', '7.0809億元', rates)).toMatchObject({ value: 1e8, method: 'rate', rate_period: '2023' });
  });
  it('falls back to the nearest rate for a date no rate covers, marked approximate', () => {
    const later = toUsd(7.2734e9, 'CNY', '2025-12', '72.734億元', rates)!;
    expect(later).toMatchObject({ value: 1e9, method: 'nearest_rate', rate_period: '2025-02' });
    expect(toUsd(7.8292e9, 'HKD', '2026-01-08', 'HK$78.292億', rates)).toMatchObject({ method: 'nearest_rate', rate_period: '2023' });
  });
});
