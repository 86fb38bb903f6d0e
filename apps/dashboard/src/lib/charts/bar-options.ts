import type { EChartsCoreOption } from 'echarts/core';
import { formatValue, type DisplayLocale, type DisplayUnit } from '@aiwatch/data/numbers';
import type { Review } from '@aiwatch/data/schemas';
import { formatMagnitude, type Magnitude } from './scatter-options.ts';
import { axisStyle, baseOption } from './types.ts';

/** Plain data (it travels from the server load to the browser), turned into options on each side. */
export interface BarInput {
  categories: string[];
  series: { name: string; values: (number | null)[] }[];
  unit: DisplayUnit;
  description: string;
  horizontal?: boolean;
  /** Sizes of AI models: a log axis, values written as model sizes (`671B`, `3.8×10²⁴`). */
  magnitude?: Magnitude;
  /** The fact-check of each category's figure (one series): a doubted figure must not look like a checked one. */
  reviews?: Review['status'][];
}

/**
 * How a bar shows its figure's fact-check, by outline and pattern rather than colour: disputed is a
 * pale bar, dashed and hatched; unverified is dotted. The chart's note (spec.reviewNote) says so.
 */
export const reviewStyles: Partial<Record<Review['status'], object>> = {
  disputed: {
    opacity: 0.55,
    borderType: 'dashed',
    borderWidth: 2,
    borderColor: 'currentColor',
    decal: { symbol: 'rect', symbolSize: 1, dashArrayX: [1, 0], dashArrayY: [2, 5], rotation: -Math.PI / 4, color: 'rgba(0, 0, 0, 0.5)' },
  },
  unverified: { borderType: 'dotted', borderWidth: 2, borderColor: 'currentColor' },
};

/** Bar chart options: one bar per category and series, values labelled in the reader's format. */
export function buildBarOptions(input: BarInput, locale: DisplayLocale): EChartsCoreOption {
  const format = (v: number) =>
    input.magnitude ? formatMagnitude(v, input.magnitude, locale) : formatValue(v, input.unit, locale, { maximumFractionDigits: 1, bare: true });
  const categoryAxis = {
    type: 'category',
    data: input.categories,
    ...axisStyle,
    axisLabel: { color: 'currentColor', interval: 0, width: input.horizontal ? 150 : 110, overflow: input.horizontal ? 'truncate' : 'break', ellipsis: '…' },
  };
  // Counted things come in whole numbers: no 0.5 tick between 0 and 1 events.
  const minInterval = input.unit === 'count' || input.unit === 'users' ? 1 : undefined;
  const valueAxis = {
    type: input.magnitude && input.magnitude !== 'usd' ? 'log' : 'value',
    // A log axis starts at the power of ten below the smallest bar, not at 1, so the bars differ visibly.
    min: input.magnitude && input.magnitude !== 'usd' ? (extent: { min: number }) => 10 ** Math.floor(Math.log10(extent.min)) : undefined,
    minInterval, ...axisStyle, axisLabel: { color: 'currentColor', formatter: format } };
  return {
    // With fact-checks (one series), hatching is the disputed bars' alone (see reviewStyles).
    ...baseOption(input.description, !input.reviews),
    grid: { left: input.horizontal ? 160 : 72, right: 40, top: input.series.length > 1 ? 40 : 20, bottom: 48 },
    legend: input.series.length > 1 ? { top: 0, textStyle: { color: 'currentColor' } } : undefined,
    tooltip: { trigger: 'axis', valueFormatter: format },
    xAxis: input.horizontal ? valueAxis : categoryAxis,
    yAxis: input.horizontal ? { ...categoryAxis, inverse: true } : valueAxis,
    series: input.series.map((s) => ({
      type: 'bar',
      name: s.name,
      data: input.reviews ? s.values.map((value, i) => (reviewStyles[input.reviews![i]!] ? { value, itemStyle: reviewStyles[input.reviews![i]!] } : value)) : s.values,
      barMaxWidth: 56,
      label: {
        show: true,
        position: input.horizontal ? 'right' : 'top',
        color: 'currentColor',
        formatter: (p: { value: number }) => format(p.value),
      },
    })),
  };
}
