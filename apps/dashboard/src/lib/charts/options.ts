import type { EChartsCoreOption } from 'echarts/core';
import type { DisplayLocale } from '@aiwatch/data/numbers';
import { buildBarOptions, type BarInput } from './bar-options.ts';
import { buildGraphOptions, type GraphInput } from './graph-options.ts';
import { buildLineOptions, type LineInput } from './line-options.ts';
import { buildScatterOptions, type ScatterInput } from './scatter-options.ts';
import { buildTimelineOptions, type TimelineInput } from './timeline-options.ts';
import type { ChartSpec } from './types.ts';

/** The one dispatch from a chart's plain input to its ECharts options; `forImage` numbers a timeline's markers. */
export function buildOption(spec: ChartSpec, locale: DisplayLocale, forImage = false): EChartsCoreOption {
  switch (spec.kind) {
    case 'bar':
      return buildBarOptions(spec.input as BarInput, locale);
    case 'line':
      return buildLineOptions(spec.input as LineInput, locale);
    case 'scatter':
      return buildScatterOptions(spec.input as ScatterInput, locale);
    case 'timeline':
      return buildTimelineOptions(spec.input as TimelineInput, forImage);
    case 'graph':
      return buildGraphOptions(spec.input as GraphInput);
    default:
      throw new Error(`no option builder for chart kind ${spec.kind}`);
  }
}
