import type { Figure, Review } from '@aiwatch/data/schemas';
import type { ChartSpec, ChartTable } from '$lib/charts/types';
import { locale } from '$lib/i18n/locale';
import { m } from '$lib/paraglide/messages';
import { reviewView } from './claim-view.ts';
import { unitNames } from './entity-labels.ts';
import { claimHref } from '$lib/links';
import { sourceLabel, type Lookup } from './figure-view.ts';

/**
 * The data a chart of figures shows, with each figure's provenance as the full table gives it:
 * unit, date or period, source and section, the figure as written and its fact-check. A value
 * quoted from the CSV alone can then still be traced and weighed.
 */
export function figureTable(figures: Figure[], lookup: Lookup, item: (f: Figure) => string, itemColumn = m.column_item(), valueColumn = m.column_value()): ChartTable {
  const sourceTitle = (id: string) => {
    const s = lookup.sources.get(id);
    return s ? (locale() === 'zh-hant' ? s.title_zh : s.title) : id;
  };
  return {
    columns: [itemColumn, valueColumn, m.column_unit(), m.column_as_of(), m.chart_source(), m.column_section(), m.column_as_written(), m.review_label()],
    rows: figures.map((f) => [
      item(f),
      f.value,
      unitNames[f.unit](),
      [f.as_of, f.period].filter(Boolean).join(' / '),
      sourceTitle(f.source_id),
      f.locator,
      f.source_text,
      reviewView(f.review).label,
    ]),
  };
}

const marks = { disputed: m.chart_review_mark_disputed, unverified: m.chart_review_mark_unverified };

/** The chart's key to the outlines its bars or markers carry for doubted claims (see reviewStyles); none when all are corroborated. */
export function reviewNote(claims: { review: Review }[]): string | undefined {
  const present = (['disputed', 'unverified'] as const).filter((s) => claims.some((c) => c.review.status === s));
  return present.length === 0 ? undefined : m.chart_review_note({ marks: present.map((s) => marks[s]()).join(m.semicolon()) });
}

/** A chart's source line: one entry per document section its figures come from, linking to the first claim there. */
export function figureSources(figures: Figure[], lookup: Lookup): ChartSpec['sources'] {
  return [...new Map(figures.map((f) => [`${f.source_id}|${f.locator}`, f])).values()].map((f) => ({
    label: sourceLabel(lookup.sources.get(f.source_id)!, f.locator),
    href: claimHref('figures', f.id),
  }));
}
