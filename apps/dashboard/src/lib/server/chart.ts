import type { ChartSpec } from '$lib/charts/types';
import { displayLocale } from '$lib/i18n/locale';
import { csvHref } from './csv-href.ts';
import { NARROW_WIDTH, renderChartSvg } from './render-chart.ts';

export interface RenderedChart {
  spec: ChartSpec;
  svg: string;
  /** The same chart drawn for a phone: its text stays legible instead of shrinking with the picture. */
  narrowSvg: string;
  csvHref: string;
}

/** A chart ready for <Chart>: its spec, the server-drawn SVGs (wide and narrow) and its data as a CSV link. */
export function renderChart(spec: ChartSpec): RenderedChart {
  const locale = displayLocale();
  return { spec, svg: renderChartSvg(spec, locale), narrowSvg: renderChartSvg(spec, locale, NARROW_WIDTH), csvHref: csvHref(spec.table) };
}
