import { describe, expect, it } from 'vitest';
import { dataset } from '../dataset/index.ts';
import { datePrecisions, dateQualifiers, spannedEventSchema, type DatePrecision, type Event } from '../schemas/event.ts';
import { eventSpan, withSpan } from './event-span.ts';

type Dated = Pick<Event, 'date' | 'date_precision' | 'date_qualifier'>;
const at = (date: string, date_precision: DatePrecision, date_qualifier: Event['date_qualifier'] = 'exact'): Dated => ({
  date,
  date_precision,
  date_qualifier,
});

describe('eventSpan', () => {
  it.each([
    [at('2024-05-31', 'day'), '2024-05-31', '2024-05-31'],
    [at('2024-02-01', 'month'), '2024-02-01', '2024-02-29'],
    [at('2023-02-01', 'month'), '2023-02-01', '2023-02-28'],
    [at('2024-12-01', 'month'), '2024-12-01', '2024-12-31'],
    [at('2025-03-01', 'season'), '2025-03-01', '2025-05-31'],
    [at('2024-12-01', 'season'), '2024-12-01', '2025-02-28'],
    [at('2015-01-01', 'year'), '2015-01-01', '2015-12-31'],
    [at('1950-01-01', 'decade'), '1950-01-01', '1959-12-31'],
    [at('2000-01-01', 'decade', 'early'), '2000-01-01', '2004-12-31'],
    [at('1980-01-01', 'decade', 'late'), '1985-01-01', '1989-12-31'],
    [at('2027-01-01', 'year', 'by'), '2027-01-01', '2027-12-31'],
    [at('2019-01-01', 'year', 'after'), '2019-01-01', '2019-12-31'],
    [at('2030-01-01', 'decade', 'by'), '2030-01-01', '2039-12-31'],
    [at('2024-06-01', 'month', 'late'), '2024-06-01', '2024-06-30'],
    [at('0001-01-01', 'year'), '0001-01-01', '0001-12-31'],
  ])('%o covers %s to %s', (date, start, end) => {
    expect(eventSpan(date)).toEqual({ date_start: start, date_end: end });
  });

  it('never ends before it starts, nor before the stored date, for any precision and qualifier', () => {
    for (const p of datePrecisions) {
      for (const q of dateQualifiers) {
        const { date_start, date_end } = eventSpan(at('1990-01-01', p, q));
        expect(date_start <= date_end, `${p}/${q}`).toBe(true);
        expect(date_end >= '1990-01-01', `${p}/${q}`).toBe(true);
      }
    }
  });

  it('gives every event of the dataset a span its served schema accepts', () => {
    for (const e of dataset.events) expect(spannedEventSchema.safeParse(withSpan(e)).error).toBeUndefined();
  });
});
