import { factsOfCompanies, getFiguresByIds, largestTrainingRuns, membersOfGroups, modelsByYear } from '@aiwatch/db';
import { pick } from '$lib/i18n/locale';
import { m } from '$lib/paraglide/messages';
import { renderChart } from '$lib/server/chart';
import { database } from '$lib/server/db';
import { figureSources, figureTable, reviewNote } from '$lib/server/figure-table';
import { figureView } from '$lib/server/figure-view';
import { addToLookup, loadLookup, refsOf } from '$lib/server/lookup';
import { countriesChart, largestRunsChart, openShareChart } from '$lib/server/model-charts';
import { moneySummary } from '$lib/server/company-facts-view';
import { valuationChart } from '$lib/server/company-facts-charts';
import { href } from '$lib/i18n/locale';
import type { PageServerLoad } from './$types';

/** The headline figures, in the order the Overview tells the story. */
const HEADLINES = [
  'talkie-users-first-year',
  'zhipu-investment-prosperity7',
  'zhipu-valuation-2024',
  'wudao-funding-growth-since-2019',
  'ai-six-tigers-member-count',
  'ai-four-dragons-member-count',
  'document-79-deadline-year',
  'new-generation-ai-plan-target-year',
];

const MODELS_FROM = 2012;
/** The groups whose members the Overview names. */
const GROUPS = ['ai-four-dragons', 'ai-six-tigers'];

export const load: PageServerLoad = async () => {
  const db = await database();
  const [figures, groupMembers, years, runs] = await Promise.all([
    getFiguresByIds(db, HEADLINES),
    membersOfGroups(db, GROUPS),
    modelsByYear(db),
    largestTrainingRuns(db, 'China', 10),
  ]);
  const refs = refsOf(figures);
  const lookup = await loadLookup(db, { ...refs, entities: [...refs.entities, ...GROUPS, 'zhipu-ai'] });
  for (const e of groupMembers) lookup.entities.set(e.id, e);
  const byId = new Map(figures.map((f) => [f.id, f]));
  const headline = HEADLINES.flatMap((id) => byId.get(id) ?? []);
  const kpis = headline.map((f) => figureView(f, lookup));

  const zhipu = ['zhipu-investment-prosperity7', 'zhipu-valuation-2024'].flatMap((id) => byId.get(id) ?? []);
  const groups = ['ai-four-dragons-member-count', 'ai-six-tigers-member-count'].flatMap((id) => byId.get(id) ?? []);
  const metricName = (id: string) => pick(lookup.metrics.get(id)!, 'name');
  const entityName = (id: string) => pick(lookup.entities.get(id)!, 'name');

  const charts = [
    renderChart({
      id: 'zhipu-funding',
      kind: 'bar',
      title: m.chart_zhipu_title(),
      unit: m.unit_usd(),
      height: 300,
      input: {
        categories: zhipu.map((f) => metricName(f.metric)),
        series: [{ name: entityName('zhipu-ai'), values: zhipu.map((f) => f.value) }],
        unit: 'USD',
        description: m.chart_zhipu_desc(),
        reviews: zhipu.map((f) => f.review.status),
      },
      reviewNote: reviewNote(zhipu),
      table: figureTable(zhipu, lookup, (f) => metricName(f.metric)),
      sources: figureSources(zhipu, lookup),
      allCsvHref: '/downloads/figures.csv?bom=1',
    }),
    renderChart({
      id: 'group-members',
      kind: 'bar',
      title: m.chart_groups_title(),
      unit: m.unit_count(),
      height: 260,
      input: {
        categories: groups.map((f) => entityName(f.entity_id)),
        series: [{ name: m.column_members(), values: groups.map((f) => f.value) }],
        unit: 'count',
        description: m.chart_groups_desc(),
        horizontal: true,
        reviews: groups.map((f) => f.review.status),
      },
      reviewNote: reviewNote(groups),
      table: figureTable(groups, lookup, (f) => entityName(f.entity_id), m.column_group(), m.column_members()),
      sources: figureSources(groups, lookup),
      allCsvHref: '/downloads/figures.csv?bom=1',
    }),
  ];
  const members = GROUPS.map((group) => ({
    group: entityName(group),
    names: groupMembers.filter((e) => e.group_ids.includes(group)).map((e) => ({ id: e.id, name: pick(e, 'name') })),
  }));
  // The deep-learning era: before 2012 the dataset holds a handful of models a year.
  const modelCharts = [countriesChart(years, MODELS_FROM), openShareChart(years, MODELS_FROM), ...(runs.length > 0 ? [largestRunsChart(runs)] : [])];
  // The tigers' latest valuations: what analysts open the site for.
  const tigers = groupMembers.filter((e) => e.group_ids.includes('ai-six-tigers') && e.type === 'company').map((e) => e.id);
  const reported = await factsOfCompanies(db, tigers);
  await addToLookup(db, lookup, refsOf([...reported.groups, ...reported.facts]));
  const tigerMoney = tigers
    .map((id) => ({ id, name: entityName(id), href: href(`/companies/${id}`), ...moneySummary(reported.groups, reported.facts, id, lookup) }))
    .sort((a, b) => (b.valuation?.usdValue ?? 0) - (a.valuation?.usdValue ?? 0));
  const tigerChart = valuationChart('tigers-valuation', tigerMoney.map((t) => ({ id: t.id, name: t.name })), reported.groups, reported.facts);
  return { kpis, charts, members, modelCharts, tigerMoney, tigerChart };
};
