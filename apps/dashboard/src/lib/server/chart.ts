import { NARROW_WIDTH, type ChartSpec } from '$lib/charts/types';
import { displayLocale } from '$lib/i18n/locale';
import { csvHref } from './csv-href.ts';
import { renderChartSvg } from './render-chart.ts';

export interface RenderedChart {
  spec: ChartSpec;
  svg: string;
  /** The same chart drawn for a phone, so its text stays legible; none for a chart with a minimum width. */
  narrowSvg: string | null;
  csvHref: string;
}

/** A chart ready for <Chart>: its spec, the server-drawn SVGs (wide and narrow) and its data as a CSV link. */
export function renderChart(spec: ChartSpec): RenderedChart {
  const locale = displayLocale();
  return { spec, svg: renderChartSvg(spec, locale), narrowSvg: spec.minWidth ? null : renderChartSvg(spec, locale, NARROW_WIDTH), csvHref: csvHref(spec.table) };
}
