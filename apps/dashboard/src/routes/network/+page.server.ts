import { pairsPerPredicate, relationsWithPredicates } from '@aiwatch/db';
import { formatValue } from '@aiwatch/data/numbers';
import { entityTypes, predicates, type Predicate } from '@aiwatch/data/schemas';
import { placeGraph } from '$lib/charts/graph-place';
import { displayLocale, href, locale, pick } from '$lib/i18n/locale';
import { m } from '$lib/paraglide/messages';
import { renderChart } from '$lib/server/chart';
import { claimSource } from '$lib/server/claim-source';
import { reviewView } from '$lib/server/claim-view';
import { sameRelations } from '$lib/server/same-claims';
import { database } from '$lib/server/db';
import { loadLookup, refsOf } from '$lib/server/lookup';
import type { PageServerLoad } from './$types';
import { predicateNames, typeNames } from '$lib/server/entity-labels';

/** The drawing's width: the page's widest chart box, so on a desktop the graph fills it. */
const WIDTH = 1060;

/** Money, control, making and membership: the question the page answers first. */
const DEFAULT: Predicate[] = ['invested_in', 'owns', 'developed', 'rescued', 'partnered_with', 'member_of', 'funds'];


/** `?predicate=owns&predicate=funds`, `?predicate=all`, or nothing for the default selection. */
function selection(params: URLSearchParams): { chosen: Predicate[]; mode: 'default' | 'all' | 'custom' } {
  const asked = params.getAll('predicate');
  if (asked.includes('all')) return { chosen: [...predicates], mode: 'all' };
  const chosen = predicates.filter((p) => asked.includes(p));
  return chosen.length === 0 ? { chosen: DEFAULT, mode: 'default' } : { chosen, mode: 'custom' };
}

export const load: PageServerLoad = async ({ url }) => {
  const { chosen, mode } = selection(url.searchParams);
  const db = await database();
  const [shown, pairs] = await Promise.all([relationsWithPredicates(db, chosen), pairsPerPredicate(db)]);
  const lookup = await loadLookup(db, refsOf(shown));

  const entity = (id: string) => {
    const e = lookup.entities.get(id);
    return { id, name: e ? pick(e, 'name') : id, type: e?.type ?? 'event', href: href(`/companies/${id}`) };
  };
  // One edge per subject–predicate–object, with every source of the claims stating it.
  const relations = sameRelations(shown).map(({ relation: r, claims }) => {
    return {
      id: r.id,
      predicate: r.predicate,
      label: predicateNames[r.predicate](),
      subject: entity(r.subject_id),
      object: entity(r.object_id),
      amount: r.value !== null ? formatValue(r.value, r.unit, displayLocale()) : null,
      review: reviewView(r.review),
      sources: claims.map((x) => claimSource(lookup, 'relations', x)),
    };
  });

  const nodes = [...new Map(relations.flatMap((r) => [r.subject, r.object]).map((e) => [e.id, e])).values()];
  const categories = entityTypes.filter((t) => nodes.some((n) => n.type === t)).map((id) => ({ id, name: typeNames[id]() }));
  const shownPredicates = predicates.filter((p) => relations.some((r) => r.predicate === p));
  const height = nodes.length > 30 ? 620 : 500;
  const shape = {
    categories,
    nodes: nodes.map((n) => ({ id: n.id, name: n.name, category: n.type, href: n.href })),
    links: relations.map((r) => ({ source: r.subject.id, target: r.object.id, label: r.label, membership: r.predicate === 'member_of' })),
    description: m.network_chart_desc({
      nodes: nodes.length,
      links: relations.length,
      predicates: shownPredicates.map((p) => predicateNames[p]()).join(locale() === 'zh-hant' ? '、' : ', '),
    }),
  };
  // Laid out here, once: the browser's interactive chart draws the same places.
  const input = placeGraph(shape, WIDTH, height);
  const sourceOf = new Map(shown.map((r) => [r.id, r.source_id]));
  const documents = [...new Set(relations.flatMap((r) => r.sources).map((s) => sourceOf.get(s.id)!))];
  const articleCount = documents.filter((id) => lookup.sources.get(id)?.kind === 'article').length;
  const chart =
    relations.length === 0
      ? null
      : renderChart({
          id: 'network',
          kind: 'graph',
          title: m.network_chart_title(),
          unit: m.network_unit(),
          height,
          ssrWidth: WIDTH,
          minWidth: 880,
          scaleToWidth: true,
          input,
          table: {
            columns: [m.network_col_subject(), m.network_col_predicate(), m.network_col_object()],
            rows: relations.map((r) => [r.subject.name, r.amount ? `${r.label} (${r.amount})` : r.label, r.object.name]),
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

  return {
    chart,
    groups: shownPredicates.map((p) => ({ predicate: p, label: predicateNames[p](), relations: relations.filter((r) => r.predicate === p) })),
    options: predicates.map((p) => ({
      id: p,
      label: predicateNames[p](),
      count: pairs.get(p) ?? 0,
      checked: chosen.includes(p),
    })),
    mode,
  };
};
