import { describe, expect, it } from 'vitest';
import { eventPeriod } from './event-period.ts';

const year = (iso: string) => new Date(iso).getUTCFullYear() + new Date(iso).getUTCMonth() / 12;
const span = (date: string, date_precision: 'day' | 'month' | 'season' | 'year' | 'decade', date_qualifier: 'exact' | 'early' | 'late' | 'by' | 'after' = 'exact') => {
  const p = eventPeriod({ date, date_precision, date_qualifier });
  return [new Date(p.start).toISOString().slice(0, 10), new Date(p.end).toISOString().slice(0, 10)];
};

describe('eventPeriod', () => {
  it.each([
    [['1950-01-01', 'decade'], ['1950-01-01', '1960-01-01']],
    [['1980-01-01', 'decade', 'late'], ['1985-01-01', '1990-01-01']],
    [['2000-01-01', 'decade', 'early'], ['2000-01-01', '2005-01-01']],
    [['2025-03-01', 'season'], ['2025-03-01', '2025-06-01']],
    [['2024-12-01', 'season'], ['2024-12-01', '2025-03-01']],
    [['2024-06-01', 'month'], ['2024-06-01', '2024-07-01']],
    [['2015-01-01', 'year'], ['2015-01-01', '2016-01-01']],
    [['2024-05-31', 'day'], ['2024-05-31', '2024-06-01']],
  ] as const)('%o covers %o', (args, expected) => {
    expect(span(...(args as unknown as Parameters<typeof span>))).toEqual(expected);
  });

  it('marks the middle of an imprecise period, not its first day', () => {
    const p = eventPeriod({ date: '1980-01-01', date_precision: 'decade', date_qualifier: 'late' });
    expect(year(new Date(p.point).toISOString())).toBeCloseTo(1987.5, 0);
    expect(p.deadline).toBe(false);
  });
  it('draws "by 2027" as a deadline at the start of 2027', () => {
    const p = eventPeriod({ date: '2027-01-01', date_precision: 'year', date_qualifier: 'by' });
    expect(p).toMatchObject({ deadline: true, point: Date.UTC(2027, 0, 1) });
  });
  it('puts "since 2019" at the start of 2019', () => {
    expect(eventPeriod({ date: '2019-01-01', date_precision: 'year', date_qualifier: 'after' }).point).toBe(Date.UTC(2019, 0, 1));
  });
});
