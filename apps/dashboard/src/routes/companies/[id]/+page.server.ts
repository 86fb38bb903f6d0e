import { error } from '@sveltejs/kit';
import { countEntityList, factsOfCompanies, figuresOfEntities, getEntity, listChanges, statsOf } from '@aiwatch/db';
import { idSchema, type Figure, type Unit } from '@aiwatch/data/schemas';
import { href, locale, pick } from '$lib/i18n/locale';
import { m } from '$lib/paraglide/messages';
import { renderChart } from '$lib/server/chart';
import { formatDay, joinNames } from '$lib/server/comparability';
import { compareSearch, MAX_IDS, MIN_IDS } from '$lib/server/compare-ids';
import { database } from '$lib/server/db';
import { localName, publisherName } from '$lib/server/source-names';
import { entityRef, typeNames, unitNames } from '$lib/server/entity-labels';
import { sameEvents } from '$lib/server/same-claims';
import { figureSources, figureTable, reviewNote } from '$lib/server/figure-table';
import { figureView } from '$lib/server/figure-view';
import { addToLookup, loadLookup, refsOf } from '$lib/server/lookup';
import { changeView } from '$lib/server/change-view';
import { modelSummary, perYearChart, sizeChart } from '$lib/server/model-charts';
import { developerIds, modelRow } from '$lib/server/model-view';
import { factsByMetric } from '$lib/server/company-facts-view';
import { fundingChart, valuationChart } from '$lib/server/company-facts-charts';
import type { PageServerLoad } from './$types';
import { eventView, linked, relationViews } from './views';

/** Models a company page lists before linking to the rest. */
const LATEST_MODELS = 8;
/** Changes a company page lists before linking to the rest. */
const RECENT_CHANGES = 8;

export const load: PageServerLoad = async ({ params }) => {
  if (!idSchema.safeParse(params.id).success) error(404, { message: 'no such entity' });
  const db = await database();
  const [detail, changes, basedHere] = await Promise.all([
    getEntity(db, params.id),
    listChanges(db, { entity: params.id, limit: RECENT_CHANGES }),
    // A place's organisations: the Companies list filtered by it (its city filter lists only the most used).
    countEntityList(db, { hq: params.id }),
  ]);
  if (!detail) error(404, { message: 'no such entity' });
  const self = detail.id;
  const name = pick(detail, 'name');
  // The detail brings the entities and sources its claims name; the metrics and models' developers are asked for.
  const lookup = await loadLookup(db, {
    metrics: detail.figures.map((f) => f.metric),
    entities: detail.models.slice(0, LATEST_MODELS).flatMap(developerIds),
  });
  for (const e of [detail, ...detail.related, ...detail.members]) lookup.entities.set(e.id, e);
  for (const s of detail.sources) lookup.sources.set(s.id, s);

  const metricName = (id: string) => {
    const metric = lookup.metrics.get(id);
    return metric ? pick(metric, 'name') : id;
  };
  const byUnit = new Map<Unit, Figure[]>();
  for (const f of detail.figures) byUnit.set(f.unit, [...(byUnit.get(f.unit) ?? []), f]);
  const charts = [...byUnit.entries()]
    .filter(([, figs]) => figs.length >= 2)
    .map(([unit, figs]) => {
      const unitName = unitNames[unit]();
      const metrics = figs.map((f) => metricName(f.metric));
      return renderChart({
        id: `${self}-${unit.toLowerCase()}`,
        kind: 'bar',
        title: m.company_chart_title({ name, unit: unitName }),
        unit: unitName,
        height: 300,
        input: {
          categories: metrics,
          series: [{ name, values: figs.map((f) => f.value) }],
          unit,
          description: m.company_chart_desc({ name, unit: unitName, metrics: joinNames(metrics, locale()) }),
          reviews: figs.map((f) => f.review.status),
        },
        reviewNote: reviewNote(figs),
        table: figureTable(figs, lookup, (f) => metricName(f.metric)),
        sources: figureSources(figs, lookup),
        allCsvHref: '/downloads/figures.csv?bom=1',
      });
    });

  const relations = detail.relations;
  const refs = (ids: string[]) => ids.map((id) => entityRef(lookup, id));
  const products = linked(relations, self, 'developed', 'out')
    .concat(linked(relations, self, 'owns', 'out'))
    .filter((id, i, all) => lookup.entities.get(id)?.type === 'product' && all.indexOf(id) === i);
  // A company's headline figure is often its product's (MiniMax and Talkie's users): shown with it.
  const [productFigures, reported] = await Promise.all([figuresOfEntities(db, products), factsOfCompanies(db, [self])]);
  await addToLookup(db, lookup, refsOf([...productFigures, ...reported.groups, ...reported.facts]));
  const facts =
    reported.groups.length === 0
      ? null
      : {
          sections: factsByMetric(reported.groups, reported.facts, lookup),
          charts: [
            fundingChart(`${self}-funding`, { id: self, name }, reported.groups, reported.facts),
            valuationChart(`${self}-valuation`, [{ id: self, name }], reported.groups, reported.facts),
          ].filter((c) => c !== null),
          methodHref: `${href('/conflicts')}#rule`,
        };
  const memberIds = detail.members.map((e) => e.id);
  const modelStats = statsOf(self, detail.models);
  const developerSearch = `developer=${self}`;
  const models =
    modelStats.models === 0
      ? null
      : {
          summary: modelSummary(modelStats),
          charts: [
            sizeChart(`${self}-model-parameters`, 'parameters', [{ name, points: modelStats.points }], developerSearch),
            sizeChart(`${self}-model-compute`, 'training_compute', [{ name, points: modelStats.points }], developerSearch),
            perYearChart(`${self}-models-per-year`, [{ name, stats: modelStats }], developerSearch),
          ].filter((c) => c !== null),
          latest: detail.models.slice(0, LATEST_MODELS).map((model) => modelRow(model, lookup)),
          allHref: `${href('/models')}?${developerSearch}`,
        };
  const claims = [...detail.figures, ...detail.events, ...relations, ...detail.models, ...reported.facts];

  return {
    changes: { items: changes.items.map(changeView), more: changes.next_cursor !== null },
    entity: {
      id: self,
      name,
      names: { en: detail.name_en, zh: detail.name_zh, zhHans: detail.name_zh_hans },
      aliases: detail.aliases,
      description: pick(detail, 'description'),
      type: detail.type,
      typeName: typeNames[detail.type](),
      groups: refs(detail.group_ids),
      hq: detail.hq ? entityRef(lookup, detail.hq) : null,
      founded: detail.founded,
      // Every reference has our Chinese label (the schema requires both), so the sentence reads in one language.
      reference: detail.reference_title ? { title: localName(detail.reference_title, detail.reference_title_zh).text, url: detail.reference_url } : null,
    },
    kpis: detail.figures.map((f) => figureView(f, lookup)),
    productKpis: productFigures.map((f) => figureView(f, lookup)),
    charts,
    models,
    facts,
    events: sameEvents(detail.events).map((e) => eventView(e, self, lookup)),
    relations: relationViews(relations, self, lookup),
    products: refs(products),
    investors: refs(linked(relations, self, 'invested_in', 'in')),
    members: refs(memberIds),
    compareMembersHref: memberIds.length >= MIN_IDS && memberIds.length <= MAX_IDS ? `${href('/compare')}${compareSearch(memberIds)}` : null,
    compareHref: detail.type === 'company' ? `${href('/compare')}${compareSearch([self])}` : null,
    sources: detail.sources.map((s) => ({
      id: s.id,
      title: locale() === 'zh-hant' ? s.title_zh : s.title,
      // An article's author is the site, which the publisher line already names (in the reader's language).
      author: s.kind === 'article' ? null : s.author,
      publisher: publisherName(s),
      published: s.published_on ? formatDay(s.published_on, locale()) : null,
      href: `${href('/sources')}#source-${s.id}`,
      claims: claims.filter((c) => c.source_id === s.id).length,
    })),
    networkHref: `${href('/network')}?predicate=all&entity=${self}`,
    allHref: href('/companies'),
    basedHere: basedHere > 0 ? { count: basedHere, href: `${href('/companies')}?type=all&city=${self}` } : null,
    membersListHref: memberIds.length > 0 ? `${href('/companies')}?type=all&group=${self}` : null,
  };
};
