import { describe, expect, it } from 'vitest';
import { formatPeriod, isChange } from './figure-period.ts';

describe('formatPeriod', () => {
  it.each([
    ['P1Y', 'within', 'within a year', '一年內'],
    ['2019/..', 'over', 'since 2019', '自2019年以來'],
    ['../2024', 'exact', 'until 2024', '至2024年'],
    ['2019/2024', 'exact', '2019–2024', '2019年至2024年'],
    ['2019-05/2024-06', 'exact', '2019–2024', '2019年至2024年'],
  ] as const)('%s', (period, qualifier, en, zh) => {
    expect(formatPeriod({ period, qualifier }, 'en')).toBe(en);
    expect(formatPeriod({ period, qualifier }, 'zh-hant')).toBe(zh);
  });

  it('shows a period of no known form as stored rather than dropping it', () => {
    expect(formatPeriod({ period: 'Q2', qualifier: 'exact' }, 'en')).toBe('Q2');
  });

  it('has nothing to show for a figure without a period', () => {
    expect(formatPeriod({ period: null, qualifier: 'exact' }, 'en')).toBeNull();
  });
});

describe('isChange', () => {
  it('counts a percentage against a baseline as a change, not a share', () => {
    expect(isChange({ unit: 'percent', period: '2019/..' })).toBe(true);
    expect(isChange({ unit: 'percent', period: null })).toBe(false);
    expect(isChange({ unit: 'USD', period: '2019/..' })).toBe(false);
  });
});
