import type { EChartsCoreOption } from 'echarts/core';
import { formatValue, type DisplayLocale, type DisplayUnit } from '@aiwatch/data/numbers';
import { axisStyle, baseOption, legendHeight, SSR_WIDTH } from './types.ts';

/** Values over ordered categories (years), one line per series; null leaves a gap. */
export interface LineInput {
  categories: string[];
  series: { name: string; values: (number | null)[] }[];
  unit: DisplayUnit;
  description: string;
}

/** Line chart options: a marker at every value (so single years show), a legend for several lines. */
export function buildLineOptions(input: LineInput, locale: DisplayLocale, width = SSR_WIDTH): EChartsCoreOption {
  const format = (v: number) => formatValue(v, input.unit, locale, { maximumFractionDigits: 1, bare: true });
  return {
    ...baseOption(input.description),
    grid: { left: 56, right: 24, top: input.series.length > 1 ? 18 + legendHeight(input.series.map((x) => x.name), width) : 20, bottom: 40 },
    legend: input.series.length > 1 ? { top: 0, textStyle: { color: 'currentColor' } } : undefined,
    tooltip: { trigger: 'axis', valueFormatter: (v: number | null) => (v === null ? '—' : format(v)) },
    xAxis: { type: 'category', data: input.categories, boundaryGap: false, ...axisStyle },
    yAxis: {
      type: 'value',
      minInterval: input.unit === 'count' ? 1 : undefined,
      max: input.unit === 'percent' ? 100 : undefined,
      ...axisStyle,
      axisLabel: { color: 'currentColor', formatter: format },
    },
    series: input.series.map((s, i) => ({
      type: 'line',
      name: s.name,
      data: s.values,
      showSymbol: true,
      symbol: ['circle', 'rect', 'triangle', 'diamond'][i % 4],
      symbolSize: 6,
      lineStyle: { width: 2, type: i === 0 ? 'solid' : i === 1 ? 'dashed' : 'dotted' },
    })),
  };
}
