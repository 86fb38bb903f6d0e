import { allItems, listEvents, MAX_LIMIT, type Database, type EventFilters } from '@aiwatch/db';
import { eventKinds } from '@aiwatch/data/schemas';
import { eventPeriod } from '$lib/charts/event-period';
import type { TimelineInput } from '$lib/charts/timeline-options';
import { formatEventDate } from '$lib/event-date';
import { href, locale, pick } from '$lib/i18n/locale';
import { m } from '$lib/paraglide/messages';
import { renderChart } from '$lib/server/chart';
import { claimSource } from '$lib/server/claim-source';
import { reviewView } from '$lib/server/claim-view';
import { database } from '$lib/server/db';
import { eventKindNames } from '$lib/server/entity-labels';
import { sameEvents } from '$lib/server/same-claims';
import { loadLookup, refsOf } from '$lib/server/lookup';
import type { PageServerLoad } from './$types';

/** The story runs from the first US research park (1950s) to the 2030 target of the 2017 AI plan. */
const FIRST_YEAR = 1950;
const LAST_YEAR = 2030;

/** Every event the filters match: the timeline draws them all. */
const eventsWhere = (db: Database, filters: Partial<EventFilters>) => allItems((cursor) => listEvents(db, { ...filters, limit: MAX_LIMIT, cursor }));

const yearParam = (value: string | null) => (value && /^\d{4}$/.test(value) && +value >= 1900 && +value <= 2100 ? +value : null);

export const load: PageServerLoad = async ({ url }) => {
  const params = url.searchParams;
  const db = await database();
  const everything = await eventsWhere(db, {});
  const askedEntity = params.get('entity') || null;
  const refs = refsOf(everything);
  const lookup = await loadLookup(db, { ...refs, entities: [...refs.entities, ...(askedEntity ? [askedEntity] : [])] });

  const askedKind = params.get('kind') || null;
  const kind = eventKinds.find((k) => k === askedKind) ?? null;
  const entity = askedEntity && lookup.entities.has(askedEntity) ? askedEntity : null;
  const [givenFrom, givenTo] = [yearParam(params.get('from')), yearParam(params.get('to'))];
  // 2030 to 1950 means 1950 to 2030: read it so, and say so.
  const swapped = givenFrom !== null && givenTo !== null && givenFrom > givenTo;
  const [from, to] = swapped ? [givenTo, givenFrom] : [givenFrom, givenTo];
  const ignored = [
    askedKind && !kind ? 'kind' : null,
    askedEntity && !entity ? 'entity' : null,
    params.get('from') && from === null ? 'from' : null,
    params.get('to') && to === null ? 'to' : null,
  ].filter((x): x is string => x !== null);

  // An imprecise date belongs to a range when its period overlaps it: "late 1980s" is in 1985–1989.
  const rangeStart = Date.UTC(from ?? FIRST_YEAR - 100, 0, 1);
  const rangeEnd = Date.UTC((to ?? LAST_YEAR + 100) + 1, 0, 1);
  const stated = (
    kind || entity ? await eventsWhere(db, { kind: kind ?? undefined, entity: entity ?? undefined }) : everything
  ).filter((e) => {
    const p = eventPeriod(e);
    return p.start < rangeEnd && p.end > rangeStart;
  });
  // In the order of the time each covers: "late 1980s" (from 1985) comes after 1984, not at 1980.
  const grouped = sameEvents(stated).sort((a, b) => eventPeriod(a.event).start - eventPeriod(b.event).start);
  const events = grouped.map((g) => g.event);

  const name = (id: string) => {
    const e = lookup.entities.get(id);
    return e ? pick(e, 'name') : id;
  };
  const rows = grouped.map(({ event: e, claims }) => {
    const p = eventPeriod(e);
    const [y0, y1] = [new Date(p.start).getUTCFullYear(), new Date(p.end).getUTCFullYear() - 1];
    return {
      id: e.id,
      kind: e.kind,
      kindName: eventKindNames[e.kind](),
      date: formatEventDate(e, locale()),
      span: e.date_precision === 'decade' ? m.timeline_span({ from: y0, to: y1 }) : null,
      title: pick(e, 'title'),
      entities: e.entity_ids.map((id) => ({ id, name: name(id), href: href(`/companies/${id}`) })),
      review: reviewView(e.review),
      sources: claims.map((c) => claimSource(lookup, 'events', c)),
    };
  });

  const kinds = eventKinds.filter((k) => events.some((e) => e.kind === k)).map((id) => ({ id, name: eventKindNames[id]() }));
  const axisFrom = from ?? FIRST_YEAR;
  const axisTo = (to ?? LAST_YEAR) + 1;
  const input: TimelineInput = {
    kinds,
    events: events.map((e, i) => ({
      id: e.id,
      kind: e.kind,
      date: e.date,
      date_precision: e.date_precision,
      date_qualifier: e.date_qualifier,
      title: rows[i]!.title,
      dateText: rows[i]!.date,
    })),
    from: `${axisFrom}-01-01`,
    to: `${axisTo}-01-01`,
    description: m.timeline_chart_desc({ count: events.length, from: axisFrom, to: axisTo - 1 }),
  };
  const chart =
    events.length === 0
      ? null
      : renderChart({
          id: 'timeline',
          kind: 'timeline',
          title: from === null && to === null ? m.timeline_chart_title() : m.timeline_chart_title_range({ from: axisFrom, to: axisTo - 1 }),
          unit: m.timeline_unit(),
          height: 130 + 40 * kinds.length,
          ssrWidth: 860,
          minWidth: 720,
          openAtEnd: true,
          input,
          table: {
            columns: [m.timeline_col_date(), m.timeline_col_kind(), m.timeline_col_event(), m.timeline_col_entities(), m.timeline_col_review()],
            rows: rows.map((r) => [r.date, r.kindName, r.title, r.entities.map((x) => x.name).join('; '), r.review.label]),
          },
          // Each event has its own source; the chart's line names the documents behind all of them.
          sources: [...new Map(stated.map((e) => [e.source_id, e])).values()].map((e) => {
            const source = lookup.sources.get(e.source_id);
            return { label: source ? (locale() === 'zh-hant' ? source.title_zh : source.title) : e.source_id, href: `${href('/sources')}#source-${e.source_id}` };
          }),
          allCsvHref: '/downloads/events.csv?bom=1',
        });

  const involved = [...new Set(everything.flatMap((e) => e.entity_ids))]
    .map((id) => ({ id, name: name(id) }))
    .sort((a, b) => a.name.localeCompare(b.name, locale() === 'zh-hant' ? 'zh-Hant' : 'en'));
  return {
    rows,
    chart,
    filters: { kind, entity, from, to },
    options: { kinds: eventKinds.map((id) => ({ id, name: eventKindNames[id]() })), entities: involved },
    ignored,
    swapped,
    bounds: { first: FIRST_YEAR, last: LAST_YEAR },
  };
};
