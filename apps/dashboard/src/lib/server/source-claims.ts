import { formatValue } from '@aiwatch/data/numbers';
import type { Source } from '@aiwatch/data/schemas';
import type { SourceClaimRow } from '@aiwatch/db';
import { formatEventDate } from '$lib/event-date';
import { displayLocale, locale, pick } from '$lib/i18n/locale';
import { claimAnchor, claimHref } from '$lib/links';
import { m } from '$lib/paraglide/messages';
import { reviewView, type ReviewView } from './claim-view.ts';
import { figureView, type Lookup } from './figure-view.ts';
import { entityRef, eventKindNames, predicateNames, type EntityRef } from './entity-labels.ts';
import { writtenLang } from './written-lang.ts';

/** What a claim states, in parts the page can link: the entity names go to their pages. */
export type Statement =
  | { kind: 'figure'; entity: EntityRef; metric: string; value: string; period: string | null }
  | { kind: 'event'; date: string; eventKind: string; title: string; entities: EntityRef[] }
  | { kind: 'relation'; subject: EntityRef; predicate: string; object: EntityRef; amount: string | null };

/** A claim as the Sources page shows it: what it states, as written, and what others say. */
export interface SourceClaim {
  anchor: string;
  /** The link to it that finds its page. */
  href: string;
  statement: Statement;
  /** The section the claim is listed under: the first place that states it. */
  locator: string;
  /** Each place the document states the claim (two for a fact a bilingual digest gives in both halves). */
  written: { text: string; lang: 'zh-Hant' | 'en'; locator: string }[];
  note: string | null;
  review: ReviewView;
}

/** A figure, event or relation as the Sources page shows it, under its source `doc`. */
export function sourceClaim(row: SourceClaimRow, doc: Source, lookup: Lookup): SourceClaim {
  const entity = (id: string) => entityRef(lookup, id);
  const c = row.claim;
  // What every claim shows alike: its anchor and link, its words as written, its section and its review.
  const stated = {
    anchor: claimAnchor(row.collection, c.id),
    href: claimHref(row.collection, c.id),
    locator: c.locator,
    written: [c, ...(c.other_locations ?? [])].map((place) => ({
      text: place.source_text,
      lang: writtenLang(doc.language, place.source_text),
      locator: place.locator,
    })),
    review: reviewView(c.review),
  };
  switch (row.collection) {
    case 'figures': {
      const v = figureView(row.claim, lookup);
      return { ...stated, statement: { kind: 'figure', entity: entity(row.claim.entity_id), metric: v.metricName, value: v.value, period: v.period }, note: v.note };
    }
    case 'events': {
      const e = row.claim;
      return {
        ...stated,
        statement: { kind: 'event', date: formatEventDate(e, locale()), eventKind: eventKindNames[e.kind](), title: pick(e, 'title'), entities: e.entity_ids.map(entity) },
        note: null,
      };
    }
    case 'relations': {
      const r = row.claim;
      return {
        ...stated,
        statement: {
          kind: 'relation',
          subject: entity(r.subject_id),
          predicate: predicateNames[r.predicate](),
          object: entity(r.object_id),
          amount: r.value === null ? null : formatValue(r.value, r.unit, displayLocale()),
        },
        note: null,
      };
    }
  }
}

/** "Traditional Chinese and English" for `zh-Hant+en`, in the reader's language. */
export function languageName(code: string): string {
  const names: Record<string, () => string> = {
    'zh-Hant': m.sources_lang_zh,
    'zh-Hans': m.sources_lang_zh_hans,
    en: m.sources_lang_en,
    'zh-Hant+en': m.sources_lang_bilingual,
  };
  return names[code]?.() ?? code;
}
