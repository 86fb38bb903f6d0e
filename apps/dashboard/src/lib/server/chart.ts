import type { ChartSpec } from '$lib/charts/types';
import { displayLocale } from '$lib/i18n/locale';
import { csvHref } from './csv-href.ts';
import { renderChartSvg } from './render-chart.ts';

export interface RenderedChart {
  spec: ChartSpec;
  svg: string;
  csvHref: string;
}

/** A chart ready for <Chart>: its spec, the server-drawn SVG and its data as a CSV link. */
export function renderChart(spec: ChartSpec): RenderedChart {
  return { spec, svg: renderChartSvg(spec, displayLocale()), csvHref: csvHref(spec.table) };
}
