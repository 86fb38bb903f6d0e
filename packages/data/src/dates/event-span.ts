import type { Event } from '../schemas/event.ts';

/** The days an event's date covers, both included, as YYYY-MM-DD. */
export interface DateSpan {
  date_start: string;
  date_end: string;
}

/** A UTC day; `setUTCFullYear`, unlike `Date.UTC`, does not read years 0–99 as 1900–1999. */
function utcDay(year: number, month: number, day: number): Date {
  const d = new Date(0);
  d.setUTCFullYear(year, month - 1, day);
  return d;
}

const iso = (d: Date) => d.toISOString().slice(0, 10);
const DAY_MS = 86_400_000;

/**
 * The span of days an event's date covers at its precision: a year runs from 1 January to
 * 31 December, a season three months from its first, "late 1980s" 1985–1989, "early 2000s"
 * 2000–2004. "by 2027" and "since 2019" cover the year they name; the qualifier says which side
 * of it the event lies. Derived, never stored in the dataset: the database, the API, the CSVs
 * and the dashboard all take it from here (no zod here: the dashboard's client code imports it).
 */
export function eventSpan(e: Pick<Event, 'date' | 'date_precision' | 'date_qualifier'>): DateSpan {
  const [y = 0, m = 1, d = 1] = e.date.split('-').map(Number);
  let start: Date;
  let next: Date; // the first day after the span
  switch (e.date_precision) {
    case 'decade':
      start = utcDay(e.date_qualifier === 'late' ? y + 5 : y, 1, 1);
      next = utcDay(e.date_qualifier === 'early' ? y + 5 : y + 10, 1, 1);
      break;
    case 'year':
      [start, next] = [utcDay(y, 1, 1), utcDay(y + 1, 1, 1)];
      break;
    case 'season':
      [start, next] = [utcDay(y, m, 1), utcDay(y, m + 3, 1)];
      break;
    case 'month':
      [start, next] = [utcDay(y, m, 1), utcDay(y, m + 1, 1)];
      break;
    case 'day':
      [start, next] = [utcDay(y, m, d), utcDay(y, m, d + 1)];
      break;
  }
  return { date_start: iso(start), date_end: iso(new Date(next.getTime() - DAY_MS)) };
}

/** The event with the span its date covers, as the database, the API and the CSVs carry it. */
export function withSpan<E extends Pick<Event, 'date' | 'date_precision' | 'date_qualifier'>>(e: E): E & DateSpan {
  return { ...e, ...eventSpan(e) };
}
