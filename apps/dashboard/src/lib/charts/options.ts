import type { EChartsCoreOption } from 'echarts/core';
import type { DisplayLocale } from '@aiwatch/data/numbers';
import { buildBarOptions, type BarInput } from './bar-options.ts';
import { buildGraphOptions, type GraphInput } from './graph-options.ts';
import { buildLineOptions, type LineInput } from './line-options.ts';
import { buildScatterOptions, type ScatterInput } from './scatter-options.ts';
import { buildTimelineOptions, type TimelineInput } from './timeline-options.ts';
import { SSR_WIDTH, type ChartSpec } from './types.ts';

/** The one dispatch from a chart's plain input to its ECharts options; `forImage` numbers a timeline's markers. */
/** The chart's ECharts option; `width` is the drawing's, for what must fit across it (legends). */
export function buildOption(spec: ChartSpec, locale: DisplayLocale, forImage = false, width = spec.ssrWidth ?? SSR_WIDTH): EChartsCoreOption {
  switch (spec.kind) {
    case 'bar':
      return buildBarOptions(spec.input as BarInput, locale);
    case 'line':
      return buildLineOptions(spec.input as LineInput, locale, width);
    case 'scatter':
      return buildScatterOptions(spec.input as ScatterInput, locale, width);
    case 'timeline':
      return buildTimelineOptions(spec.input as TimelineInput, forImage);
    case 'graph':
      return buildGraphOptions(spec.input as GraphInput);
    default:
      throw new Error(`no option builder for chart kind ${spec.kind}`);
  }
}
