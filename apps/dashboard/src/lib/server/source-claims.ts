import { formatValue } from '@aiwatch/data/numbers';
import type { Event, Figure, Relation } from '@aiwatch/data/schemas';
import type { SourceWithClaims } from '@aiwatch/db';
import { formatEventDate } from '$lib/event-date';
import { displayLocale, locale, pick } from '$lib/i18n/locale';
import { claimAnchor } from '$lib/links';
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
  statement: Statement;
  /** The section the claim is listed under: the first place that states it. */
  locator: string;
  /** Each place the document states the claim (two for a fact a bilingual digest gives in both halves). */
  written: { text: string; lang: 'zh-Hant' | 'en'; locator: string }[];
  note: string | null;
  review: ReviewView;
}

/** Every figure, event and relation a document supports, ready for the Sources page. */
export function sourceClaims(doc: SourceWithClaims, lookup: Lookup): SourceClaim[] {
  const entity = (id: string) => entityRef(lookup, id);

  // What every claim shows alike: its anchor, its words as written, its section and its review.
  const stated = (collection: 'figures' | 'events' | 'relations', c: Figure | Event | Relation) => ({
    anchor: claimAnchor(collection, c.id),
    locator: c.locator,
    written: [c, ...(c.other_locations ?? [])].map((place) => ({
      text: place.source_text,
      lang: writtenLang(doc.language, place.source_text),
      locator: place.locator,
    })),
    review: reviewView(c.review),
  });

  const figures = doc.figures.map((f): SourceClaim => {
    const v = figureView(f, lookup);
    return {
      ...stated('figures', f),
      statement: { kind: 'figure', entity: entity(f.entity_id), metric: v.metricName, value: v.value, period: v.period },
      note: v.note,
    };
  });
  const events = doc.events.map(
    (e): SourceClaim => ({
      ...stated('events', e),
      statement: {
        kind: 'event',
        date: formatEventDate(e, locale()),
        eventKind: eventKindNames[e.kind](),
        title: pick(e, 'title'),
        entities: e.entity_ids.map(entity),
      },
      note: null,
    }),
  );
  const relations = doc.relations.map(
    (r): SourceClaim => ({
      ...stated('relations', r),
      statement: {
        kind: 'relation',
        subject: entity(r.subject_id),
        predicate: predicateNames[r.predicate](),
        object: entity(r.object_id),
        amount: r.value === null ? null : formatValue(r.value, r.unit, displayLocale()),
      },
      note: null,
    }),
  );
  return [...figures, ...events, ...relations];
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
