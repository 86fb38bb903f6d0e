import { formatFigure } from '@aiwatch/data/numbers';
import type { Entity, Figure, Metric, Source } from '@aiwatch/data/schemas';
import { citeFigure, type Citation, type ReleaseRef } from '$lib/citation';
import { formatPeriod, isChange } from '$lib/figure-period';
import { displayLocale, locale, pick } from '$lib/i18n/locale';
import { claimHref } from '$lib/links';
import { m } from '$lib/paraglide/messages';
import { reviewView, type ReviewView } from './claim-view.ts';
import { publicOrigin } from './env.ts';

/** A figure as a card or a table cell shows it: formatted, qualified, reviewed, sourced, citable. */
export interface FigureView {
  id: string;
  entityId: string;
  entityName: string;
  metricName: string;
  value: string;
  /** For a change: which way it goes, shown by arrow and sign (never by colour alone). */
  direction: 'up' | 'down' | null;
  /** E.g. "within a year", "since 2019"; the qualifier "over" is already in `value`. */
  period: string | null;
  note: string | null;
  review: ReviewView;
  source: { label: string; href: string; asWritten: string };
  asOf: string | null;
  citation: Citation;
}

export interface Lookup {
  /** The release the data is (null for data seeded without one): citations name it. */
  release: ReleaseRef | null;
  entities: Map<string, Entity>;
  metrics: Map<string, Metric>;
  sources: Map<string, Source>;
}

export function sourceLabel(source: Source, section: string): string {
  const title = locale() === 'zh-hant' ? source.title_zh : source.title;
  // A news page is cited whole: its one locator is the page, not a section of ours to name.
  return source.kind === 'article' ? title : m.source_section({ source: title, section });
}

export function figureView(f: Figure, lookup: Lookup): FigureView {
  const entity = lookup.entities.get(f.entity_id);
  const metric = lookup.metrics.get(f.metric);
  const source = lookup.sources.get(f.source_id);
  if (!entity || !metric || !source) throw new Error(`figure ${f.id} refers to a record that is not loaded`);
  // Only a change carries a sign and a direction; a share of 30% is no rise.
  const change = isChange(f);
  const value = formatFigure(f, displayLocale(), { maximumFractionDigits: 2, signed: change });
  const entityName = pick(entity, 'name');
  const metricName = pick(metric, 'name');
  return {
    id: f.id,
    entityId: entity.id,
    entityName,
    metricName,
    value,
    direction: change && f.value !== 0 ? (f.value > 0 ? 'up' : 'down') : null,
    period: formatPeriod(f, locale()),
    note: locale() === 'zh-hant' ? f.note_zh : f.note_en,
    review: reviewView(f.review),
    source: { label: sourceLabel(source, f.locator), href: claimHref('figures', f.id), asWritten: m.as_written({ text: f.source_text }) },
    asOf: f.as_of,
    citation: citeFigure({
      figure: f,
      source,
      statement: `${entityName} — ${metricName}${m.colon()}${value}`,
      // The claim's own anchor, not the page it was copied from: that page may list many figures.
      url: `${publicOrigin}${claimHref('figures', f.id)}`,
      accessed: new Date().toISOString().slice(0, 10),
      release: lookup.release,
      locale: locale(),
    }),
  };
}
