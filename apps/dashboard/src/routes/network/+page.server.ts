import { redirect } from '@sveltejs/kit';
import { mostConnectedEntities, pairsPerPredicate, relationsAmong, relationTriplesPage, type RelationTriple } from '@aiwatch/db';
import { formatValue } from '@aiwatch/data/numbers';
import { entityTypes, predicates } from '@aiwatch/data/schemas';
import { placeGraph } from '$lib/charts/graph-place';
import { displayLocale, href, locale, pick } from '$lib/i18n/locale';
import { fetchPage, pageParam, pager } from '$lib/pager';
import { m } from '$lib/paraglide/messages';
import { renderChart } from '$lib/server/chart';
import { claimSource } from '$lib/server/claim-source';
import { reviewView } from '$lib/server/claim-view';
import { database } from '$lib/server/db';
import { predicateNames, typeNames } from '$lib/server/entity-labels';
import { loadLookup, refsOf } from '$lib/server/lookup';
import type { Lookup } from '$lib/server/figure-view';
import type { PageServerLoad } from './$types';
import { GRAPH_LINKS, GRAPH_NODES, networkSearch, readNetworkQuery, RELATIONS_PER_PAGE } from './network-query';

/** The drawing's width: the page's widest chart box, so on a desktop the graph fills it. */
const WIDTH = 1060;

/** A relation once, with every claim stating it, as the list and the graph show it. */
function relationView(t: RelationTriple, lookup: Lookup) {
  const entity = (id: string) => {
    const e = lookup.entities.get(id);
    return { id, name: e ? pick(e, 'name') : id, type: e?.type ?? 'event', href: href(`/companies/${id}`) };
  };
  const r = t.claims[0]!;
  return {
    id: r.id,
    predicate: t.predicate,
    label: predicateNames[t.predicate](),
    subject: entity(t.subject_id),
    object: entity(t.object_id),
    amount: r.value !== null ? formatValue(r.value, r.unit, displayLocale()) : null,
    review: reviewView(r.review),
    sources: t.claims.map((c) => claimSource(lookup, 'relations', c)),
  };
}
type RelationView = ReturnType<typeof relationView>;

/** The graph of the drawn relations, laid out here, once: the browser's interactive chart draws the same places. */
function graphChart(drawn: RelationView[], claims: RelationTriple['claims'], lookup: Lookup, caption: string) {
  const nodes = [...new Map(drawn.flatMap((r) => [r.subject, r.object]).map((e) => [e.id, e])).values()];
  const shownPredicates = predicates.filter((p) => drawn.some((r) => r.predicate === p));
  const height = nodes.length > 30 ? 620 : 500;
  const input = placeGraph(
    {
      categories: entityTypes.filter((t) => nodes.some((n) => n.type === t)).map((id) => ({ id, name: typeNames[id]() })),
      nodes: nodes.map((n) => ({ id: n.id, name: n.name, category: n.type, href: n.href })),
      links: drawn.map((r) => ({ source: r.subject.id, target: r.object.id, label: r.label, membership: r.predicate === 'member_of' })),
      description: m.network_chart_desc({
        nodes: nodes.length,
        links: drawn.length,
        predicates: shownPredicates.map((p) => predicateNames[p]()).join(locale() === 'zh-hant' ? '、' : ', '),
      }),
    },
    WIDTH,
    height,
  );
  const documents = [...new Set(claims.map((c) => c.source_id))];
  const articleCount = documents.filter((id) => lookup.sources.get(id)?.kind === 'article').length;
  return renderChart({
    id: 'network',
    kind: 'graph',
    title: caption,
    unit: m.network_unit(),
    height,
    ssrWidth: WIDTH,
    minWidth: 880,
    scaleToWidth: true,
    input,
    table: {
      columns: [m.network_col_subject(), m.network_col_predicate(), m.network_col_object()],
      rows: drawn.map((r) => [r.subject.name, r.amount ? `${r.label} (${r.amount})` : r.label, r.object.name]),
    },
    // Documents by name; the news articles (dozens) as one line, each cited in the list below.
    sources: [
      ...documents
        .filter((id) => lookup.sources.get(id)?.kind !== 'article')
        .map((id) => {
          const s = lookup.sources.get(id);
          return { label: s ? (locale() === 'zh-hant' ? s.title_zh : s.title) : id, href: `${href('/sources')}#source-${id}` };
        }),
      ...(articleCount > 0 ? [{ label: m.network_articles({ count: articleCount }), href: '#relations' }] : []),
    ],
    allCsvHref: '/downloads/relations.csv?bom=1',
  });
}

export const load: PageServerLoad = async ({ url }) => {
  const db = await database();
  const query = await readNetworkQuery(db, url.searchParams);
  const base = href('/network');
  // The form sends every field, an empty entity too: answer with the short URL a reader can share.
  const canonical = networkSearch(query, { page: pageParam(url.searchParams) });
  if (query.ignored.length === 0 && url.search !== canonical) redirect(303, `${base}${canonical}`);
  const { chosen, entity } = query;
  // The graph: the most connected entities (or one entity and its most connected neighbours), the
  // relations between them; the list: every relation of the selection, a page at a time.
  const [hubs, pairs, focusPairs, list] = await Promise.all([
    mostConnectedEntities(db, chosen, GRAPH_NODES, entity ?? undefined),
    pairsPerPredicate(db),
    entity ? pairsPerPredicate(db, entity) : null,
    fetchPage(pageParam(url.searchParams), RELATIONS_PER_PAGE, (page) => relationTriplesPage(db, chosen, page, entity ?? undefined)),
  ]);
  const drawnTriples = await relationsAmong(
    db,
    chosen,
    hubs.items.map((e) => e.id),
    GRAPH_LINKS,
  );
  const claims = [...drawnTriples, ...list.items].flatMap((t) => t.claims);
  const lookup = await loadLookup(db, { ...refsOf(claims), entities: [...refsOf(claims).entities, ...(entity ? [entity] : [])] });
  const drawn = drawnTriples.map((t) => relationView(t, lookup));
  const listed = list.items.map((t) => relationView(t, lookup));

  const counted = focusPairs ?? pairs;
  const relationTotal = chosen.reduce((n, p) => n + (counted.get(p) ?? 0), 0);
  const drawnNodes = new Set(drawn.flatMap((r) => [r.subject.id, r.object.id])).size;
  const focus = entity ? { id: entity, name: pick(lookup.entities.get(entity)!, 'name'), href: href(`/companies/${entity}`) } : null;
  const caption = focus ? m.network_chart_title_focus({ name: focus.name }) : m.network_chart_title();
  return {
    chart: drawn.length === 0 ? null : graphChart(drawn, drawnTriples.flatMap((t) => t.claims), lookup, caption),
    showing: {
      nodes: drawnNodes,
      entities: focus ? Math.max(hubs.total - 1, 0) : hubs.total,
      links: drawn.length,
      relations: relationTotal,
    },
    focus,
    // The entities drawn, to focus on one of them: the next step from the graph, never the whole table.
    focusOptions: hubs.items
      .map((e) => ({ id: e.id, name: lookup.entities.has(e.id) ? pick(lookup.entities.get(e.id)!, 'name') : e.id }))
      .sort((a, b) => a.name.localeCompare(b.name, locale() === 'zh-hant' ? 'zh-Hant' : 'en')),
    groups: predicates
      .filter((p) => listed.some((r) => r.predicate === p))
      .map((p) => ({ predicate: p, label: predicateNames[p](), count: counted.get(p) ?? 0, relations: listed.filter((r) => r.predicate === p) })),
    pager: pager(list.page, list.total, RELATIONS_PER_PAGE, listed.length, (page) => `${base}${networkSearch(query, { page })}#relations`),
    options: predicates.map((p) => ({ id: p, label: predicateNames[p](), count: pairs.get(p) ?? 0, checked: chosen.includes(p) })),
    mode: query.mode,
    links: {
      unfocus: `${base}${networkSearch({ ...query, entity: null })}`,
      default: `${base}${networkSearch({ ...query, chosen: [], mode: 'default' })}`,
      all: `${base}${networkSearch({ ...query, chosen: [...predicates], mode: 'all' })}`,
    },
    ignored: query.ignored,
    csvHref: '/downloads/relations.csv?bom=1',
  };
};
