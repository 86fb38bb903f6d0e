import type { CompanyFact, CompanyMetric, FactGroup } from '@aiwatch/data/schemas';
import { metricLabels } from './company-facts-view.ts';
import { localName } from './source-names.ts';
import { displayLocale, href } from '$lib/i18n/locale';
import { formatUsd } from '$lib/money';
import { m } from '$lib/paraglide/messages';
import { renderChart, type RenderedChart } from './chart.ts';

/** The first day of a partial date, for a time axis: `2025` → 2025-01-01, `2025-06` → 2025-06-01. */
const axisDate = (asOf: string) => (asOf.length === 4 ? `${asOf}-01-01` : asOf.length === 7 ? `${asOf}-01` : asOf);

/** Preferred valuations and market capitalisations in US dollars over time, one series per company. */
export function valuationChart(id: string, companies: { id: string; name: string }[], groups: FactGroup[], facts: CompanyFact[]): RenderedChart | null {
  return usdOverTime(id, companies, groups, facts, ['valuation_post_money', 'market_cap'], m.facts_chart_valuation_title(), m.facts_chart_valuation_desc);
}

/** The rounds a company raised, in US dollars, by date: its funding history. */
export function fundingChart(id: string, company: { id: string; name: string }, groups: FactGroup[], facts: CompanyFact[]): RenderedChart | null {
  return usdOverTime(id, [company], groups, facts, ['funding_round'], m.facts_chart_funding_title(), m.facts_chart_funding_desc);
}

function usdOverTime(
  id: string,
  companies: { id: string; name: string }[],
  groups: FactGroup[],
  facts: CompanyFact[],
  metrics: CompanyMetric[],
  title: string,
  describe: (p: { names: string }) => string,
): RenderedChart | null {
  const byId = new Map(facts.map((f) => [f.id, f]));
  const series = companies.map((c) => ({
    name: c.name,
    points: groups
      .filter((g) => g.company_id === c.id && g.entity_id === c.id && metrics.includes(g.metric) && g.preferred_id)
      .flatMap((g) => {
        const f = byId.get(g.preferred_id!);
        if (!f?.usd) return [];
        const kind = metricLabels[g.metric]();
        const label = g.round === null ? m.facts_chart_point({ kind, date: g.as_of }) : m.facts_chart_point_round({ kind, date: g.as_of, round: localName(g.round, g.round_zh).text });
        return [{ date: axisDate(g.as_of), value: f.usd.value, label, href: `${href(`/companies/${c.id}`)}#fact-${g.id}` }];
      }),
  }));
  if (series.every((s) => s.points.length === 0)) return null;
  const locale = displayLocale();
  return renderChart({
    id,
    kind: 'scatter',
    title,
    unit: m.unit_usd(),
    height: 300,
    input: { series, magnitude: 'usd', axisName: '', description: describe({ names: companies.map((c) => c.name).join(m.list_separator()) }) },
    table: {
      columns: [m.column_developer(), m.column_item(), m.column_value()],
      rows: series.flatMap((s) => s.points.map((p) => [s.name, p.label, formatUsd(p.value, locale)])),
    },
    sources: [{ label: m.facts_chart_source(), href: `${href('/conflicts')}#rule` }],
    allCsvHref: '/downloads/company_facts.csv?bom=1',
  });
}
