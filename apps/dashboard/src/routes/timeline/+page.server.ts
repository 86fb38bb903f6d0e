import { eventGroupsPage, mostEventfulEntities, rangeEnd, rangeStart, readPartialDate, searchQuery } from '@aiwatch/db';
import { eventKinds } from '@aiwatch/data/schemas';
import type { TimelineInput } from '$lib/charts/timeline-options';
import { formatEventDate } from '$lib/event-date';
import { href, locale, pick } from '$lib/i18n/locale';
import { fetchPage, pageParam, pager } from '$lib/pager';
import { m } from '$lib/paraglide/messages';
import { renderChart } from '$lib/server/chart';
import { claimSource } from '$lib/server/claim-source';
import { reviewView } from '$lib/server/claim-view';
import { database } from '$lib/server/db';
import { eventKindNames } from '$lib/server/entity-labels';
import { reviewNote } from '$lib/server/figure-table';
import { addToLookup, loadLookup, refsOf } from '$lib/server/lookup';
import type { PageServerLoad } from './$types';

/** The story runs from the first US research park (1950s) to the 2030 target of the 2017 AI plan. */
const FIRST_YEAR = 1950;
const LAST_YEAR = 2030;

/**
 * Events the table lists, and the chart draws, at a time: a chart of more is crowded, and each
 * event weighs some 7 KB of page (its marker, its rows in the chart's table and in the list).
 */
const EVENTS_PER_PAGE = 25;

/** Entities the "involving" menu lists at most (beside the one chosen): the search finds events of the others. */
const ENTITY_CHOICES = 40;

/** A search as the events API reads it, or null when it is not one. */
const searchText = (value: string | null) => (value ? (searchQuery.safeParse(value).data ?? null) : null);

/** A from/to as the API reads it (YYYY, YYYY-MM or YYYY-MM-DD), or null when it is not one. */
const bound = (value: string | null, side: typeof rangeStart | typeof rangeEnd) => (value ? (side.safeParse(value).data ?? null) : null);
/** A valid bound as the reader's language writes it: "June 1985", "1985年6月". */
const boundText = (value: string) => formatEventDate({ ...readPartialDate(value)!, date_qualifier: 'exact' }, locale());

export const load: PageServerLoad = async ({ url }) => {
  const params = url.searchParams;
  const db = await database();
  const askedKind = params.get('kind') || null;
  const kind = eventKinds.find((k) => k === askedKind) ?? null;
  const askedEntity = params.get('entity') || null;
  const askedQ = params.get('q')?.trim() || null;
  const q = searchText(askedQ);
  // The filter's choices: the entities in the most events, counted in the database, and the one asked for.
  const involved = await mostEventfulEntities(db, ENTITY_CHOICES);
  const lookup = await loadLookup(db, { entities: [...involved.items.map((e) => e.id), ...(askedEntity ? [askedEntity] : [])] });
  const entity = askedEntity && lookup.entities.has(askedEntity) ? askedEntity : null;
  const [askedFrom, askedTo] = [params.get('from')?.trim() || null, params.get('to')?.trim() || null];
  const [givenStart, givenEnd] = [bound(askedFrom, rangeStart), bound(askedTo, rangeEnd)];
  const [fromOk, toOk] = [givenStart !== null, givenEnd !== null];
  // 2030 to 1950 means 1950 to 2030: read it so, and say so.
  const swapped = givenStart !== null && givenEnd !== null && givenStart > givenEnd;
  const [fromText, toText] = swapped ? [askedTo, askedFrom] : [fromOk ? askedFrom : null, toOk ? askedTo : null];
  const [from, to] = [bound(fromText, rangeStart), bound(toText, rangeEnd)];
  const ignored = [
    askedKind && !kind ? 'kind' : null,
    askedEntity && !entity ? 'entity' : null,
    askedQ && !q ? 'q' : null,
    askedFrom && !fromOk ? 'from' : null,
    askedTo && !toOk ? 'to' : null,
  ].filter((x): x is string => x !== null);

  // An imprecise date belongs to a range when its span overlaps it ("late 1980s" is in 1985–1989):
  // the API's rule, applied by the same query. Listed in the order of the time each covers.
  // Each event once with every claim stating it, a page at a time.
  const filters = { kind: kind ?? undefined, entity: entity ?? undefined, q: q ?? undefined, from: from ?? undefined, to: to ?? undefined };
  const list = await fetchPage(pageParam(params), EVENTS_PER_PAGE, (page) => eventGroupsPage(db, filters, page));
  const stated = list.items.flat();
  await addToLookup(db, lookup, refsOf(stated));
  const grouped = list.items.map((claims) => ({ event: claims[0]!, claims }));
  const events = grouped.map((g) => g.event);
  const search = (page: number) => {
    const query = new URLSearchParams();
    for (const [name, value] of Object.entries({ kind, entity, q, from: fromText, to: toText })) if (value) query.set(name, value);
    if (page > 1) query.set('page', String(page));
    return `${href('/timeline')}${query.size > 0 ? `?${query}` : ''}`;
  };
  const paging = pager(list.page, list.total, EVENTS_PER_PAGE, events.length, search);

  const name = (id: string) => {
    const e = lookup.entities.get(id);
    return e ? pick(e, 'name') : id;
  };
  const rows = grouped.map(({ event: e, claims }) => {
    const [y0, y1] = [Number(e.date_start.slice(0, 4)), Number(e.date_end.slice(0, 4))];
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
  const nextDay = (iso: string) => new Date(Date.parse(`${iso}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);
  const axisFrom = from ?? `${FIRST_YEAR}-01-01`;
  const axisTo = to ? nextDay(to) : `${LAST_YEAR + 1}-01-01`;
  const [shownFrom, shownTo] = [boundText(fromText ?? String(FIRST_YEAR)), boundText(toText ?? String(LAST_YEAR))];
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
      review: e.review.status,
      reviewText: rows[i]!.review.label,
    })),
    from: axisFrom,
    to: axisTo,
    description: m.timeline_chart_desc({ count: events.length, from: shownFrom, to: shownTo }),
  };
  const chart =
    events.length === 0
      ? null
      : renderChart({
          id: 'timeline',
          kind: 'timeline',
          title:
            paging.pages > 1
              ? m.timeline_chart_title_page({ first: paging.first, last: paging.last, total: paging.total })
              : from === null && to === null
                ? m.timeline_chart_title()
                : m.timeline_chart_title_range({ from: shownFrom, to: shownTo }),
          unit: m.timeline_unit(),
          height: 130 + 40 * kinds.length,
          ssrWidth: 860,
          minWidth: 720,
          openAtEnd: true,
          input,
          reviewNote: reviewNote(events),
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

  const collator = new Intl.Collator(locale() === 'zh-hant' ? 'zh-Hant' : 'en');
  const choices = [...involved.items.map((e) => e.id), ...(entity && !involved.items.some((e) => e.id === entity) ? [entity] : [])]
    .map((id) => ({ id, name: name(id) }))
    .sort((a, b) => collator.compare(a.name, b.name));
  return {
    rows,
    pager: paging,
    chart,
    filters: { kind, entity, q, from: fromText, to: toText },
    options: { kinds: eventKinds.map((id) => ({ id, name: eventKindNames[id]() })), entities: choices },
    moreEntities: involved.total > involved.items.length ? { shown: involved.items.length, total: involved.total } : null,
    ignored,
    swapped: swapped ? { from: shownFrom, to: shownTo } : null,
    bounds: { first: FIRST_YEAR, last: LAST_YEAR },
  };
};
