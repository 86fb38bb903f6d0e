import { compareEntities, developerModelStats, factsOfCompanies, getEntitiesByIds, membersOfGroups, mostDocumentedCompanies } from '@aiwatch/db';
import { formatFigure } from '@aiwatch/data/numbers';
import type { Qualifier } from '@aiwatch/data/schemas';
import { displayLocale, href, locale, pick } from '$lib/i18n/locale';
import { claimHref } from '$lib/links';
import { m } from '$lib/paraglide/messages';
import { renderChart } from '$lib/server/chart';
import { comparabilityWarnings, formatDay, joinNames } from '$lib/server/comparability';
import { compareSearch, MAX_IDS, MIN_IDS, parseCompareIds } from '$lib/server/compare-ids';
import { database } from '$lib/server/db';
import { entityRef, typeNames, unitNames } from '$lib/server/entity-labels';
import { figureView, sourceLabel } from '$lib/server/figure-view';
import { reviewNote } from '$lib/server/figure-table';
import { addToLookup, loadLookup, refsOf } from '$lib/server/lookup';
import { compareModels } from '$lib/server/compare-models';
import { moneySummary, moneyWarnings } from '$lib/server/company-facts-view';
import { valuationChart } from '$lib/server/company-facts-charts';
import type { PageServerLoad } from './$types';
import { PICKER_COMPANIES, pickerView, SUGGESTED_GROUPS } from './picker';

const qualifierNames: Record<Exclude<Qualifier, 'exact'>, () => string> = {
  over: m.compare_qualifier_over,
  at_least: m.compare_qualifier_at_least,
  about: m.compare_qualifier_about,
  within: m.compare_qualifier_within,
};

const moneyView = <R extends Parameters<typeof moneyWarnings>[0][number]>(rows: R[], chart: ReturnType<typeof valuationChart>) => ({
  rows,
  chart,
  warnings: moneyWarnings(rows),
});

export const load: PageServerLoad = async ({ url }) => {
  const parsed = parseCompareIds(url.searchParams.getAll('ids'));
  const db = await database();
  // The picker offers the companies the data says most about, the suggested groups and the groups of what is chosen, with their members.
  const [companies, named] = await Promise.all([mostDocumentedCompanies(db, PICKER_COMPANIES), getEntitiesByIds(db, parsed.ids)]);
  const groups = [...new Set([...SUGGESTED_GROUPS, ...named.flatMap((e) => e.group_ids)])];
  const [lookup, members] = await Promise.all([loadLookup(db, { entities: groups }), membersOfGroups(db, groups)]);
  for (const e of [...companies.items, ...named, ...members]) lookup.entities.set(e.id, e);
  const lang = locale();
  const collator = new Intl.Collator(lang === 'zh-hant' ? 'zh-Hant' : 'en');

  // Unknown and malformed ids are set aside with a note; the rest decide whether there is a comparison.
  const known = parsed.ids.filter((id) => lookup.entities.has(id));
  const unknown = parsed.ids.filter((id) => !lookup.entities.has(id));
  const notices: string[] = [];
  if (parsed.malformed.length > 0) notices.push(m.compare_malformed({ ids: joinNames(parsed.malformed.map((x) => `“${x}”`), lang) }));
  if (unknown.length > 0) notices.push(m.compare_unknown({ ids: joinNames(unknown, lang) }));
  const asked = parsed.problem !== 'empty';
  if (asked && known.length < MIN_IDS) notices.push(m.compare_too_few({ count: known.length }));
  if (known.length > MAX_IDS) notices.push(m.compare_too_many({ count: known.length }));

  const picker = pickerView(lookup, known, collator, companies.total);
  const base = { asked, notices, picker, chosen: known, companiesHref: href('/companies') };
  if (known.length < MIN_IDS || known.length > MAX_IDS) return { ...base, comparison: null, models: null, money: null };

  const [cmp, modelStats, reported] = await Promise.all([compareEntities(db, known), developerModelStats(db, known), factsOfCompanies(db, known)]);
  for (const row of cmp.metrics) lookup.metrics.set(row.metric.id, row.metric);
  const figures = cmp.metrics.flatMap((row) => row.cells.flatMap((c) => c.figures));
  const refs = refsOf([...figures, ...reported.groups, ...reported.facts]);
  await addToLookup(db, lookup, { ...refs, entities: [...refs.entities, ...cmp.entities.flatMap((e) => (e.hq ? [e.hq] : []))] });
  const entityName = (id: string) => entityRef(lookup, id).name;
  const metricName = (id: string) => {
    const metric = lookup.metrics.get(id);
    return metric ? pick(metric, 'name') : id;
  };
  const columns = cmp.entities.map((e) => ({
    ...entityRef(lookup, e.id),
    removeHref: `${href('/compare')}${compareSearch(known.filter((x) => x !== e.id))}`,
    removeLabel: m.compare_remove({ name: pick(e, 'name') }),
  }));
  const attributes = cmp.entities.map((e) => ({
    type: typeNames[e.type](),
    groups: e.group_ids.map((g) => entityRef(lookup, g)),
    hq: e.hq ? entityRef(lookup, e.hq) : null,
    founded: e.founded,
  }));
  const metrics = cmp.metrics.map((row) => ({
    id: row.metric.id,
    name: pick(row.metric, 'name'),
    unit: unitNames[row.metric.unit](),
    cells: row.cells.map((cell) =>
      cell.figures.map((f) => ({
        ...figureView(f, lookup),
        asOfText: f.as_of ? m.compare_as_of({ date: formatDay(f.as_of, lang) }) : null,
        qualifierText: f.qualifier === 'exact' ? null : qualifierNames[f.qualifier](),
      })),
    ),
  }));

  // One chart per metric that two or more of them have: the bars stand side by side.
  const charts = cmp.metrics
    .map((row) => ({ row, present: row.cells.filter((c) => c.figures.length > 0) }))
    .filter(({ present }) => present.length >= 2)
    .map(({ row, present }) => {
      const name = metricName(row.metric.id);
      const names = present.map((c) => entityName(c.entity_id));
      const firsts = present.map((c) => c.figures[0]!);
      return renderChart({
        id: `compare-${row.metric.id}`,
        kind: 'bar',
        title: m.compare_chart_title({ metric: name }),
        unit: unitNames[row.metric.unit](),
        height: 120 + 44 * present.length,
        input: {
          categories: names,
          series: [{ name, values: firsts.map((f) => f.value) }],
          unit: row.metric.unit,
          description: m.compare_chart_desc({ metric: name, names: joinNames(names, lang) }),
          horizontal: true,
          reviews: firsts.map((f) => f.review.status),
        },
        reviewNote: reviewNote(firsts),
        table: {
          columns: [m.companies_col_name(), m.column_value(), m.compare_col_display()],
          rows: firsts.map((f, i) => [names[i]!, f.value, formatFigure(f, displayLocale())]),
        },
        sources: firsts.map((f, i) => ({ label: `${names[i]}: ${sourceLabel(lookup.sources.get(f.source_id)!, f.locator)}`, href: claimHref('figures', f.id) })),
        allCsvHref: '/downloads/figures.csv?bom=1',
      });
    });

  const warnings = comparabilityWarnings(cmp, {
    locale: lang,
    entityName,
    metricName,
    sourceTitle: (id) => {
      const s = lookup.sources.get(id);
      return s ? (lang === 'zh-hant' ? s.title_zh : s.title) : id;
    },
  });
  return {
    ...base,
    comparison: { title: joinNames(columns.map((c) => c.name), lang), columns, attributes, metrics, charts, warnings },
    models: compareModels(known.map((id) => ({ id, name: entityName(id), stats: modelStats.get(id)! }))),
    money:
      reported.groups.length === 0
        ? null
        : moneyView(
            known.map((id) => ({ id, name: entityName(id), href: href(`/companies/${id}`), ...moneySummary(reported.groups, reported.facts, id, lookup) })),
            valuationChart('compare-valuation', known.map((id) => ({ id, name: entityName(id) })), reported.groups, reported.facts),
          ),
  };
};
