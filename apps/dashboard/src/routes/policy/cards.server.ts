import { formatValue } from '@aiwatch/data/numbers';
import type { Event, Figure, Predicate, Relation } from '@aiwatch/data/schemas';
import { formatEventDate } from '$lib/event-date';
import { displayLocale, href, locale, pick } from '$lib/i18n/locale';
import { claimHref } from '$lib/links';
import { m } from '$lib/paraglide/messages';
import { reviewView, type ReviewView } from '$lib/server/claim-view';
import { figureView, sourceLabel, type Lookup } from '$lib/server/figure-view';

interface Link {
  id: string;
  name: string;
  href: string;
}
interface Sourced {
  review: ReviewView;
  sources: { id: string; label: string; href: string }[];
}

/** One policy, programme or group as the Policy page shows it, with everything it is linked to. */
export interface PolicyCard extends Link {
  description: string;
  issuers: (Link & Sourced)[];
  members: Link[];
  backers: (Link & Sourced & { target: Link; amount: string | null; label: string })[];
  figures: { id: string; statement: string; review: ReviewView; source: { label: string; href: string } }[];
  events: { id: string; date: string; title: string; review: ReviewView; sources: { id: string; label: string; href: string }[] }[];
  relations: (Sourced & { id: string; subject: Link; label: string; object: Link })[];
}

export interface PolicyData {
  lookup: Lookup;
  figures: Figure[];
  events: Event[];
  relations: Relation[];
  pageUrl: string;
  predicateName: (p: Predicate) => string;
}

/** Relations the card shows in its own lines (issuers, members, backers) rather than as "relations". */
const SHOWN_APART: Predicate[] = ['issued', 'member_of', 'invested_in', 'funds'];

export function policyCard(id: string, d: PolicyData): PolicyCard | null {
  const entity = d.lookup.entities.get(id);
  if (!entity) return null;
  const link = (x: string): Link => {
    const e = d.lookup.entities.get(x);
    return { id: x, name: e ? pick(e, 'name') : x, href: href(`/companies/${x}`) };
  };
  // The digests state some relations in both languages: one line each, with every source kept.
  const grouped = (rs: Relation[]) => {
    const by = new Map<string, Relation[]>();
    for (const r of rs) by.set(`${r.subject_id}|${r.predicate}|${r.object_id}`, [...(by.get(`${r.subject_id}|${r.predicate}|${r.object_id}`) ?? []), r]);
    return [...by.values()].map((group) => ({
      r: group[0]!,
      review: reviewView(group[0]!.review),
      sources: group.map((x) => {
        const s = d.lookup.sources.get(x.source_id);
        return { id: x.id, label: s ? sourceLabel(s, x.locator) : x.source_id, href: claimHref('relations', x.id) };
      }),
    }));
  };
  const members = [...d.lookup.entities.values()].filter((e) => e.group_ids.includes(id)).map((e) => link(e.id));
  const circle = new Set([id, ...members.map((x) => x.id)]);
  const products = d.relations.filter((r) => r.predicate === 'developed' && circle.has(r.subject_id)).map((r) => r.object_id);
  const about = new Set([...circle, ...products]);

  const eventSource = (e: Event) => {
    const s = d.lookup.sources.get(e.source_id);
    return { id: e.id, label: s ? sourceLabel(s, e.locator) : e.source_id, href: claimHref('events', e.id) };
  };
  // The same event told by both digests is one line with two sources.
  const events = new Map<string, PolicyCard['events'][number]>();
  for (const e of d.events.filter((x) => x.entity_ids.includes(id))) {
    const [date, title] = [formatEventDate(e, locale()), pick(e, 'title')];
    const seen = events.get(`${date}|${title}`);
    if (seen) seen.sources.push(eventSource(e));
    else events.set(`${date}|${title}`, { id: e.id, date, title, review: reviewView(e.review), sources: [eventSource(e)] });
  }
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
        const v = figureView(f, d.lookup, d.pageUrl);
        return { id: f.id, statement: `${v.entityName} · ${v.metricName}${m.colon()}${v.value}${v.period ? m.parenthetical({ text: v.period }) : ''}`, review: v.review, source: v.source };
      }),
    events: [...events.values()],
    relations: grouped(
      d.relations.filter((r) => !SHOWN_APART.includes(r.predicate) && (r.subject_id === id || r.object_id === id || (r.predicate === 'developed' && circle.has(r.subject_id)))),
    ).map((g) => ({ id: g.r.id, subject: link(g.r.subject_id), label: d.predicateName(g.r.predicate), object: link(g.r.object_id), review: g.review, sources: g.sources })),
  };
}
