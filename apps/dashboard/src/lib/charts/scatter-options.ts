import type { EChartsCoreOption } from 'echarts/core';
import { formatValue, type DisplayLocale } from '@aiwatch/data/numbers';
import { formatCompute, formatParameters } from '../model-format.ts';
import { escapeHtml } from './escape-html.ts';
import { axisStyle, baseOption, legendHeight, SSR_WIDTH } from './types.ts';

/** Model sizes on a log axis; US dollars on a linear one. */
export type Magnitude = 'parameters' | 'compute' | 'usd';

/** Models as points: publication date across, a size on a log scale up; each point links to its page. */
export interface ScatterInput {
  series: { name: string; points: { date: string; value: number; label: string; href: string }[] }[];
  magnitude: Magnitude;
  /** The y axis's name (e.g. "Parameters"). */
  axisName: string;
  description: string;
}

export function formatMagnitude(v: number, magnitude: Magnitude, locale: DisplayLocale): string {
  if (magnitude === 'usd') return formatValue(v, 'USD', locale, { maximumFractionDigits: 1 });
  return magnitude === 'parameters' ? formatParameters(v, locale) : formatCompute(v);
}

export function buildScatterOptions(input: ScatterInput, locale: DisplayLocale, width = SSR_WIDTH): EChartsCoreOption {
  const format = (v: number) => formatMagnitude(v, input.magnitude, locale);
  return {
    ...baseOption(input.description),
    grid: { left: 64, right: 24, top: input.series.length > 1 ? 18 + legendHeight(input.series.map((x) => x.name), width) : 28, bottom: 40 },
    legend: input.series.length > 1 ? { top: 0, textStyle: { color: 'currentColor' } } : undefined,
    tooltip: {
      trigger: 'item',
      formatter: (p: { data: { label: string; value: [string, number] } }) =>
        `${escapeHtml(p.data.label)}<br/>${p.data.value[0]} · ${format(p.data.value[1])}`,
    },
    xAxis: { type: 'time', ...axisStyle, splitLine: { show: false } },
    yAxis: {
      ...(input.magnitude === 'usd' ? { type: 'value' } : { type: 'log', logBase: 10 }),
      name: input.axisName,
      ...axisStyle,
      nameTextStyle: { color: 'currentColor', align: 'left' },
      axisLabel: { color: 'currentColor', formatter: format },
    },
    series: input.series.map((s, i) => ({
      type: 'scatter',
      name: s.name,
      symbol: ['circle', 'rect', 'triangle', 'diamond', 'pin', 'roundRect'][i % 6],
      symbolSize: 8,
      data: s.points.map((p) => ({ value: [p.date, p.value], label: p.label, href: p.href })),
    })),
  };
}
