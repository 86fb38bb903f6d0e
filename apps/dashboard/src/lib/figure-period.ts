import type { Figure } from '@aiwatch/data/schemas';
import { m } from './paraglide/messages.js';
import type { Locale } from './i18n/locale.ts';

/** A figure is a change when it is measured against a baseline: its period is an interval (`2019/..`). */
export function isChange(f: Pick<Figure, 'unit' | 'period'>): boolean {
  return f.unit === 'percent' && f.period !== null && f.period.includes('/');
}

/**
 * The period a figure covers, as a reader says it: "within a year", "since 2019", "2019–2024",
 * "until 2024". Null when the figure gives none; the period as stored when it is no form we know,
 * so nothing the document says is dropped.
 */
export function formatPeriod(f: Pick<Figure, 'qualifier' | 'period'>, locale: Locale): string | null {
  const o = { locale };
  const p = f.period;
  if (p === null) return null;
  if (p === 'P1Y') return m.period_within_year({}, o);
  const [from = '', to = ''] = p.split('/');
  const year = (part: string) => (/^\d{4}/.test(part) ? part.slice(0, 4) : null);
  if (p.includes('/')) {
    const start = year(from);
    const end = year(to);
    if (start && to === '..') return m.period_since({ year: start }, o);
    if (end && from === '..') return m.period_until({ year: end }, o);
    if (start && end) return m.period_between({ start, end }, o);
  }
  return p;
}
