import type { Figure, Qualifier } from '@aiwatch/data/schemas';
import type { Comparison } from '@aiwatch/db';
import { formatEventDate } from '$lib/event-date';
import type { Locale } from '$lib/i18n/locale';
import { m } from '$lib/paraglide/messages';

const qualifierNames: Record<Qualifier, typeof m.compare_qualifier_exact> = {
  exact: m.compare_qualifier_exact,
  over: m.compare_qualifier_over,
  at_least: m.compare_qualifier_at_least,
  about: m.compare_qualifier_about,
  within: m.compare_qualifier_within,
};

const intlLocale = (locale: Locale) => (locale === 'zh-hant' ? 'zh-Hant' : 'en');

/** "A, B and C" / "A、B和C": names joined as the reader's language joins them. */
export function joinNames(names: readonly string[], locale: Locale): string {
  return new Intl.ListFormat(intlLocale(locale), { style: 'long', type: 'conjunction' }).format(names);
}

/** A day as the reader writes it: "31 May 2024" / "2024年5月31日". */
export function formatDay(date: string, locale: Locale): string {
  return formatEventDate({ date, date_precision: 'day', date_qualifier: 'exact' }, locale);
}

/**
 * A figure's period in words: `P1Y` → "within a year", `2019/..` → "since 2019",
 * `2019/2024` → "2019–2024"; anything else as stored.
 */
export function formatPeriod(period: string | null, locale: Locale): string {
  const o = { locale };
  if (period === null) return m.compare_no_period({}, o);
  if (period === 'P1Y') return m.period_within_year({}, o);
  const open = /^(\d{4})\/\.\.$/.exec(period);
  if (open) return m.date_since({ date: m.date_year({ year: open[1]! }, o) }, o);
  const range = /^(\d{4})\/(\d{4})$/.exec(period);
  if (range) return m.compare_period_range({ from: range[1]!, to: range[2]! }, o);
  return period;
}

export interface NoteContext {
  locale: Locale;
  entityName: (id: string) => string;
  metricName: (id: string) => string;
  sourceTitle: (id: string) => string;
}

/**
 * The comparability notes of `compareEntities` as sentences a reader can act on: which metric,
 * what differs, and each entity's own value of it ("Zhipu AI: 31 May 2024; MiniMax: undated").
 */
export function comparabilityWarnings(cmp: Pick<Comparison, 'metrics' | 'comparability'>, ctx: NoteContext): string[] {
  const o = { locale: ctx.locale };
  const describe: Record<'date' | 'source' | 'qualifier' | 'period', (f: Figure) => string> = {
    date: (f) => (f.as_of ? formatDay(f.as_of, ctx.locale) : m.compare_undated({}, o)),
    source: (f) => ctx.sourceTitle(f.source_id),
    qualifier: (f) => qualifierNames[f.qualifier]({}, o),
    period: (f) => formatPeriod(f.period, ctx.locale),
  };
  return cmp.comparability.map((note) => {
    const metric = ctx.metricName(note.metric);
    if (note.aspect === 'missing') {
      return m.compare_note_missing({ metric, names: joinNames(note.entity_ids.map(ctx.entityName), ctx.locale) }, o);
    }
    const aspect = note.aspect;
    const row = cmp.metrics.find((r) => r.metric.id === note.metric);
    const details = note.entity_ids.map((id) => {
      const figures = row?.cells.find((c) => c.entity_id === id)?.figures ?? [];
      const value = [...new Set(figures.map(describe[aspect]))].join(' / ');
      return m.compare_detail({ name: ctx.entityName(id), value }, o);
    });
    const text = { date: m.compare_note_date, source: m.compare_note_source, qualifier: m.compare_note_qualifier, period: m.compare_note_period }[
      note.aspect
    ];
    return text({ metric, details: details.join(ctx.locale === 'zh-hant' ? '；' : '; ') }, o);
  });
}
