import { describe, expect, it } from 'vitest';
import { formatEventDate } from './event-date.ts';

const at = (date: string, date_precision: 'day' | 'month' | 'season' | 'year' | 'decade', date_qualifier: 'exact' | 'early' | 'late' | 'by' | 'after' = 'exact') => ({
  date,
  date_precision,
  date_qualifier,
});

describe('formatEventDate', () => {
  it.each([
    [at('1950-01-01', 'decade'), '1950s', '1950年代'],
    [at('1980-01-01', 'decade', 'late'), 'late 1980s', '1980年代後期'],
    [at('2000-01-01', 'decade', 'early'), 'early 2000s', '2000年代初'],
    [at('2025-03-01', 'season'), 'Spring 2025', '2025年春季'],
    [at('2024-06-01', 'month'), 'June 2024', '2024年6月'],
    [at('2015-01-01', 'year'), '2015', '2015年'],
    [at('2027-01-01', 'year', 'by'), 'by 2027', '2027年前'],
    [at('2019-01-01', 'year', 'after'), 'since 2019', '2019年以來'],
    [at('2024-05-31', 'day'), '31 May 2024', '2024年5月31日'],
  ])('%o', (event, en, zh) => {
    expect(formatEventDate(event, 'en')).toBe(en);
    expect(formatEventDate(event, 'zh-hant')).toBe(zh);
  });
});
