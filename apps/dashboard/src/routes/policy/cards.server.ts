import { formatValue } from '@aiwatch/data/numbers';
import type { Event, Figure, Predicate, Relation } from '@aiwatch/data/schemas';
import { formatEventDate } from '$lib/event-date';
import { displayLocale, locale, pick } from '$lib/i18n/locale';
import { m } from '$lib/paraglide/messages';
import { claimSource, type ClaimSource } from '$lib/server/claim-source';
import { reviewView, type ReviewView } from '$lib/server/claim-view';
import { entityRef, type EntityRef as Link } from '$lib/server/entity-labels';
import { figureView, type Lookup } from '$lib/server/figure-view';
import { sameEvents, sameRelations } from '$lib/server/same-claims';

interface Sourced {
  review: ReviewView;
  sources: ClaimSource[];
}

/** One policy, programme or group as the Policy page shows it, with everything it is linked to. */
export interface PolicyCard extends Link {
  description: string;
  issuers: (Link & Sourced)[];
  members: Link[];
  backers: (Link & Sourced & { target: Link; amount: string | null; label: string })[];
  figures: { id: string; statement: string; review: ReviewView; source: { label: string; href: string } }[];
  events: ({ id: string; date: string; title: string } & Sourced)[];
  relations: (Sourced & { id: string; subject: Link; label: string; object: Link })[];
}

export interface PolicyData {
  lookup: Lookup;
  figures: Figure[];
  events: Event[];
  relations: Relation[];
  predicateName: (p: Predicate) => string;
}

/** Relations the card shows in its own lines (issuers, members, backers) rather than as "relations". */
const SHOWN_APART: Predicate[] = ['issued', 'member_of', 'invested_in', 'funds'];

export function policyCard(id: string, d: PolicyData): PolicyCard | null {
  const entity = d.lookup.entities.get(id);
  if (!entity) return null;
  const link = (x: string): Link => entityRef(d.lookup, x);
  // One line per subject–predicate–object, with every source of the claims stating it.
  const grouped = (rs: Relation[]) =>
    sameRelations(rs).map(({ relation: r, claims }) => ({
      r,
      review: reviewView(r.review),
      sources: claims.map((x) => claimSource(d.lookup, 'relations', x)),
    }));
  const members = [...d.lookup.entities.values()].filter((e) => e.group_ids.includes(id)).map((e) => link(e.id));
  const circle = new Set([id, ...members.map((x) => x.id)]);
  const products = d.relations.filter((r) => r.predicate === 'developed' && circle.has(r.subject_id)).map((r) => r.object_id);
  const about = new Set([...circle, ...products]);

  // The same event told in both languages of a digest is one line with two sources.
  const events = sameEvents(d.events.filter((x) => x.entity_ids.includes(id))).map(({ event: e, claims }) => ({
    id: e.id,
    date: formatEventDate(e, locale()),
    title: pick(e, 'title'),
    review: reviewView(e.review),
    sources: claims.map((c) => claimSource(d.lookup, 'events', c)),
  }));
  return {
    ...link(id),
    description: pick(entity, 'description'),
    issuers: grouped(d.relations.filter((r) => r.object_id === id && (r.predicate === 'issued' || r.predicate === 'funds'))).map((g) => ({
      ...link(g.r.subject_id),
      review: g.review,
      sources: g.sources,
    })),
    members,
    backers: grouped(d.relations.filter((r) => r.predicate === 'invested_in' && circle.has(r.object_id))).map((g) => ({
      ...link(g.r.subject_id),
      target: link(g.r.object_id),
      label: d.predicateName(g.r.predicate),
      amount: g.r.value !== null ? formatValue(g.r.value, g.r.unit, displayLocale()) : null,
      review: g.review,
      sources: g.sources,
    })),
    figures: d.figures
      .filter((f) => about.has(f.entity_id))
      .map((f) => {
        const v = figureView(f, d.lookup);
        return { id: f.id, statement: `${v.entityName} · ${v.metricName}${m.colon()}${v.value}${v.period ? m.parenthetical({ text: v.period }) : ''}`, review: v.review, source: v.source };
      }),
    events,
    relations: grouped(
      d.relations.filter((r) => !SHOWN_APART.includes(r.predicate) && (r.subject_id === id || r.object_id === id || (r.predicate === 'developed' && circle.has(r.subject_id)))),
    ).map((g) => ({ id: g.r.id, subject: link(g.r.subject_id), label: d.predicateName(g.r.predicate), object: link(g.r.object_id), review: g.review, sources: g.sources })),
  };
}
