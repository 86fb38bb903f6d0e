import type { Event } from '@aiwatch/data/schemas';

/** Where an event sits on a time axis, in UTC milliseconds. */
export interface EventPeriod {
  /** First moment of the period the document names ("late 1980s" → 1985-01-01). */
  start: number;
  /** First moment after it ("late 1980s" → 1990-01-01). */
  end: number;
  /** Where its marker goes: the middle of the period, or its start for "by" and "since". */
  point: number;
  /** "by 2027": a deadline, drawn as a line at the start of 2027 ("2027年前"), not as a period. */
  deadline: boolean;
}

const utc = (y: number, m = 1, d = 1) => Date.UTC(y, m - 1, d);

/**
 * The span of time an imprecise date covers, so a chart can draw "1980s (late)" over 1985–1990
 * and "early 2000s" over 2000–2004 instead of pretending they happened on 1 January.
 */
export function eventPeriod(e: Pick<Event, 'date' | 'date_precision' | 'date_qualifier'>): EventPeriod {
  const [y = 0, m = 1, d = 1] = e.date.split('-').map(Number);
  let start: number;
  let end: number;
  switch (e.date_precision) {
    case 'decade': {
      const from = e.date_qualifier === 'late' ? y + 5 : y;
      const to = e.date_qualifier === 'early' ? y + 5 : y + 10;
      [start, end] = [utc(from), utc(to)];
      break;
    }
    case 'year':
      [start, end] = [utc(y), utc(y + 1)];
      break;
    case 'season':
      [start, end] = [utc(y, m), utc(y, m + 3)];
      break;
    case 'month':
      [start, end] = [utc(y, m), utc(y, m + 1)];
      break;
    default:
      [start, end] = [utc(y, m, d), utc(y, m, d + 1)];
  }
  const deadline = e.date_qualifier === 'by';
  const fromStart = deadline || e.date_qualifier === 'after';
  return { start, end, point: fromStart ? start : Math.round((start + end) / 2), deadline };
}
