import type { Event } from '@aiwatch/data/schemas';
import { m } from './paraglide/messages.js';
import type { Locale } from './i18n/locale.ts';

const seasons = { 3: m.date_spring, 6: m.date_summer, 9: m.date_autumn, 12: m.date_winter } as const;

/**
 * An event's date written as precisely as the document gives it, never as a made-up day:
 * "late 1980s" / "1980年代後期", "Spring 2025" / "2025年春季", "by 2027" / "2027年前".
 */
export function formatEventDate(e: Pick<Event, 'date' | 'date_precision' | 'date_qualifier'>, locale: Locale): string {
  const o = { locale };
  const [y = 0, mo = 1, d = 1] = e.date.split('-').map(Number);
  const year = String(y);
  let text: string;
  switch (e.date_precision) {
    case 'decade':
      text =
        e.date_qualifier === 'early'
          ? m.date_early_decade({ decade: year }, o)
          : e.date_qualifier === 'late'
            ? m.date_late_decade({ decade: year }, o)
            : m.date_decade({ decade: year }, o);
      break;
    case 'season':
      text = (seasons[mo as keyof typeof seasons] ?? m.date_year)({ year }, o);
      break;
    case 'month': {
      const month = new Intl.DateTimeFormat(locale === 'en' ? 'en' : 'zh-Hant', { month: 'long', timeZone: 'UTC' }).format(
        new Date(Date.UTC(y, mo - 1, 1)),
      );
      text = m.date_month({ month, year }, o);
      break;
    }
    case 'day':
      text = new Intl.DateTimeFormat(locale === 'en' ? 'en-GB' : 'zh-Hant', { dateStyle: 'long', timeZone: 'UTC' }).format(
        new Date(Date.UTC(y, mo - 1, d)),
      );
      break;
    default:
      text = m.date_year({ year }, o);
  }
  if (e.date_qualifier === 'by') return m.date_by({ date: text }, o);
  if (e.date_qualifier === 'after') return m.date_since({ date: text }, o);
  return text;
}
