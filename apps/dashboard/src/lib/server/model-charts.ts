import type { DeveloperModelStats, ModelPoint, ModelsByYear } from '@aiwatch/db';
import { displayLocale, href } from '$lib/i18n/locale';
import { formatCompute, formatParameters } from '$lib/model-format';
import { m } from '$lib/paraglide/messages';
import { renderChart, type RenderedChart } from './chart.ts';

/** Every chart of model data names the dataset and its licence, linking to its entry on the Sources page. */
export const epochSourceLine = () => [{ label: m.models_chart_source(), href: `${href('/sources')}#source-epoch-ai-models` }];

const modelsCsv = (search = '') => `/models/export.csv?${search ? `${search}&` : ''}bom=1`;

/** A model's size over time, log scale: one series per developer. */
export function sizeChart(
  id: string,
  field: 'parameters' | 'training_compute',
  series: { name: string; points: ModelPoint[] }[],
  csvSearch: string,
): RenderedChart | null {
  const withValue = series.map((s) => ({ name: s.name, points: s.points.filter((p) => p[field] !== null && p.published_on !== null) }));
  if (withValue.every((s) => s.points.length === 0)) return null;
  const locale = displayLocale();
  const parameters = field === 'parameters';
  const format = (v: number) => (parameters ? formatParameters(v, locale) : formatCompute(v));
  const title = parameters ? m.models_chart_parameters_title() : m.models_chart_compute_title();
  return renderChart({
    id,
    kind: 'scatter',
    title,
    unit: parameters ? m.models_unit_parameters() : m.models_unit_flop(),
    height: 320,
    input: {
      series: withValue.map((s) => ({
        name: s.name,
        points: s.points.map((p) => ({ date: p.published_on!, value: p[field]!, label: p.name, href: href(`/models/${p.id}`) })),
      })),
      magnitude: parameters ? 'parameters' : 'compute',
      axisName: parameters ? m.models_col_parameters() : m.models_unit_flop(),
      description: m.models_chart_size_desc({ title, names: withValue.map((s) => s.name).join(m.list_separator()) }),
    },
    table: {
      columns: [m.column_developer(), m.models_col_name(), m.models_col_published(), parameters ? m.models_col_parameters() : m.models_col_compute()],
      rows: withValue.flatMap((s) => s.points.map((p) => [s.name, p.name, p.published_on, format(p[field]!)])),
    },
    sources: epochSourceLine(),
    allCsvHref: modelsCsv(csvSearch),
  });
}

/** Models published per year, one bar per developer and year. */
export function perYearChart(id: string, stats: { name: string; stats: DeveloperModelStats }[], csvSearch: string): RenderedChart | null {
  const years = [...new Set(stats.flatMap((s) => s.stats.per_year.map((y) => y.year)))].sort();
  if (years.length === 0) return null;
  const count = (s: DeveloperModelStats, year: number) => s.per_year.find((y) => y.year === year)?.models ?? 0;
  const title = m.models_chart_per_year_title();
  return renderChart({
    id,
    kind: 'bar',
    title,
    unit: m.models_unit_models(),
    height: 280,
    input: {
      categories: years.map(String),
      series: stats.map((s) => ({ name: s.name, values: years.map((y) => count(s.stats, y)) })),
      unit: 'count',
      description: m.models_chart_per_year_desc({ names: stats.map((s) => s.name).join(m.list_separator()) }),
    },
    table: {
      columns: [m.column_year(), ...stats.map((s) => s.name)],
      rows: years.map((y) => [String(y), ...stats.map((s) => count(s.stats, y))]),
    },
    sources: epochSourceLine(),
    allCsvHref: modelsCsv(csvSearch),
  });
}

/** The headline numbers of a developer's models, each a sentence-ready label and value. */
export function modelSummary(stats: DeveloperModelStats) {
  const locale = displayLocale();
  const share = stats.open_weights.known === 0 ? null : Math.round((100 * stats.open_weights.open) / stats.open_weights.known);
  return {
    models: stats.models,
    first: stats.first_release,
    latest: stats.latest_release,
    largestParameters: stats.largest_parameters
      ? { value: formatParameters(stats.largest_parameters.value, locale), name: stats.largest_parameters.model_name, href: href(`/models/${stats.largest_parameters.model_id}`) }
      : null,
    largestCompute: stats.largest_training_compute
      ? { value: formatCompute(stats.largest_training_compute.value), name: stats.largest_training_compute.model_name, href: href(`/models/${stats.largest_training_compute.model_id}`) }
      : null,
    openShare: share,
    openCounts: stats.open_weights,
  };
}
export type ModelSummary = ReturnType<typeof modelSummary>;

/** A year's label; the newest year, when the data stops before December, says how far it goes. */
function yearLabel(y: ModelsByYear, newest: ModelsByYear | undefined): string {
  if (y !== newest || y.latest >= `${y.year}-12-01`) return String(y.year);
  const until = new Intl.DateTimeFormat(displayLocale() === 'en' ? 'en-GB' : 'zh-Hant', { month: 'short', day: 'numeric', timeZone: 'UTC' }).format(new Date(y.latest));
  return m.models_year_until({ year: String(y.year), date: until });
}

/** Overview: notable models per year, China against the US and the rest. */
export function countriesChart(years: ModelsByYear[], from: number): RenderedChart {
  const shown = years.filter((y) => y.year >= from);
  const title = m.overview_models_countries_title();
  const series = [
    { name: m.overview_models_china(), values: shown.map((y) => y.china) },
    { name: m.overview_models_us(), values: shown.map((y) => y.united_states) },
    { name: m.overview_models_rest(), values: shown.map((y) => y.rest) },
  ];
  return renderChart({
    id: 'models-by-country',
    kind: 'line',
    title,
    unit: m.models_unit_models(),
    height: 300,
    input: { categories: shown.map((y) => yearLabel(y, shown.at(-1))), series, unit: 'count', description: m.overview_models_countries_desc() },
    table: { columns: [m.column_year(), ...series.map((s) => s.name)], rows: shown.map((y, i) => [yearLabel(y, shown.at(-1)), ...series.map((s) => s.values[i]!)]) },
    sources: epochSourceLine(),
    allCsvHref: '/downloads/models.csv?bom=1',
  });
}

/** Overview: the share of models with published weights, China against all, over the years with enough models to say. */
export function openShareChart(years: ModelsByYear[], from: number): RenderedChart {
  const shown = years.filter((y) => y.year >= from);
  const share = (open: number, known: number) => (known < 5 ? null : Math.round((1000 * open) / known) / 10);
  const series = [
    { name: m.overview_models_china(), values: shown.map((y) => share(y.china_open_weights, y.china_known_access)) },
    { name: m.overview_models_all(), values: shown.map((y) => share(y.all_open_weights, y.all_known_access)) },
  ];
  return renderChart({
    id: 'models-open-share',
    kind: 'line',
    title: m.overview_models_open_title(),
    unit: m.unit_percent_share(),
    height: 300,
    input: { categories: shown.map((y) => yearLabel(y, shown.at(-1))), series, unit: 'percent', description: m.overview_models_open_desc() },
    table: {
      columns: [m.column_year(), ...series.map((s) => s.name)],
      rows: shown.map((y, i) => [yearLabel(y, shown.at(-1)), ...series.map((s) => s.values[i] ?? null)]),
    },
    sources: epochSourceLine(),
    allCsvHref: '/downloads/models.csv?bom=1',
  });
}

/** Overview: China's largest training runs, as powers of ten of FLOP. */
export function largestRunsChart(runs: (ModelPoint & { developers: string[] })[]): RenderedChart {
  const label = (r: (typeof runs)[number]) => r.name;
  return renderChart({
    id: 'models-largest-china',
    kind: 'bar',
    title: m.overview_models_largest_title(),
    unit: m.models_unit_flop_log(),
    height: 60 + 32 * runs.length,
    input: {
      categories: runs.map(label),
      series: [{ name: m.models_col_compute(), values: runs.map((r) => r.training_compute!) }],
      unit: null,
      magnitude: 'compute',
      description: m.overview_models_largest_desc(),
      horizontal: true,
    },
    table: {
      columns: [m.models_col_name(), m.models_col_developers(), m.models_col_published(), m.models_col_compute()],
      rows: runs.map((r) => [r.name, r.developers.join(', '), r.published_on, formatCompute(r.training_compute!)]),
    },
    sources: epochSourceLine(),
    allCsvHref: modelsCsv('country=China&sort=-training_compute'),
  });
}
