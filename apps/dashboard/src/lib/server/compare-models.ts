import type { DeveloperModelStats } from '@aiwatch/db';
import { m } from '$lib/paraglide/messages';
import { renderChart } from './chart.ts';
import { epochSourceLine, modelSummary, perYearChart, sizeChart } from './model-charts.ts';

interface Developer {
  id: string;
  name: string;
  stats: DeveloperModelStats;
}

/**
 * What Compare shows of the developers' AI models: a row per measure (models, first and latest,
 * largest by parameters and by compute, open-weights share) and the charts that set them side by
 * side. Null when none of them has a model in the dataset.
 */
export function compareModels(developers: Developer[]) {
  const withModels = developers.filter((d) => d.stats.models > 0);
  if (withModels.length === 0) return null;
  const summaries = developers.map((d) => ({ id: d.id, name: d.name, ...modelSummary(d.stats) }));
  const search = withModels.length === 1 ? `developer=${withModels[0]!.id}` : '';
  const largest = (field: 'largest_parameters' | 'largest_training_compute') => {
    const present = withModels.filter((d) => d.stats[field] !== null);
    if (present.length < 2) return null;
    const parameters = field === 'largest_parameters';
    return renderChart({
      id: `compare-models-largest-${parameters ? 'parameters' : 'compute'}`,
      kind: 'bar',
      title: parameters ? m.compare_models_largest_parameters_title() : m.compare_models_largest_compute_title(),
      unit: parameters ? m.models_unit_parameters() : m.models_unit_flop(),
      height: 120 + 44 * present.length,
      input: {
        categories: present.map((d) => d.name),
        series: [{ name: parameters ? m.models_col_parameters() : m.models_col_compute(), values: present.map((d) => d.stats[field]!.value) }],
        unit: null,
        magnitude: parameters ? 'parameters' : 'compute',
        description: m.compare_models_largest_desc({ names: present.map((d) => d.name).join(m.list_separator()) }),
        horizontal: true,
      },
      table: {
        columns: [m.column_developer(), m.models_col_name(), parameters ? m.models_col_parameters() : m.models_col_compute()],
        rows: present.map((d) => [d.name, d.stats[field]!.model_name, d.stats[field]!.value]),
      },
      sources: epochSourceLine(),
      allCsvHref: '/downloads/models.csv?bom=1',
    });
  };
  const charts = [
    perYearChart('compare-models-per-year', withModels.map((d) => ({ name: d.name, stats: d.stats })), search),
    largest('largest_parameters'),
    largest('largest_training_compute'),
    sizeChart('compare-models-parameters', 'parameters', withModels.map((d) => ({ name: d.name, points: d.stats.points })), search),
  ].filter((c) => c !== null);
  return { summaries, charts };
}
