import type { EChartsCoreOption } from 'echarts/core';
import type { DisplayLocale } from '@aiwatch/data/numbers';
import { buildBarOptions, type BarInput } from './bar-options.ts';
import type { ChartSpec } from './types.ts';

/** The one dispatch from a chart's plain input to its ECharts options. */
export function buildOption(spec: ChartSpec, locale: DisplayLocale): EChartsCoreOption {
  switch (spec.kind) {
    case 'bar':
      return buildBarOptions(spec.input as BarInput, locale);
    default:
      throw new Error(`no option builder for chart kind ${spec.kind}`);
  }
}
