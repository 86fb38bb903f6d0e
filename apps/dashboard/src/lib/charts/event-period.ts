import { eventSpan } from '@aiwatch/data/dates';
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

const DAY_MS = 86_400_000;
const ms = (iso: string) => Date.parse(`${iso}T00:00:00Z`);

/**
 * Where an event sits on a time axis: the span its date covers (eventSpan, the one the API and the
 * CSVs use), so a chart draws "1980s (late)" over 1985–1990 and "early 2000s" over 2000–2004
 * instead of pretending they happened on 1 January.
 */
export function eventPeriod(e: Pick<Event, 'date' | 'date_precision' | 'date_qualifier'>): EventPeriod {
  const span = eventSpan(e);
  const start = ms(span.date_start);
  const end = ms(span.date_end) + DAY_MS;
  const deadline = e.date_qualifier === 'by';
  const fromStart = deadline || e.date_qualifier === 'after';
  return { start, end, point: fromStart ? start : Math.round((start + end) / 2), deadline };
}
