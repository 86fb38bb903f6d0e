import type { EChartsCoreOption } from 'echarts/core';
import type { DisplayLocale } from '@aiwatch/data/numbers';
import { buildOption } from './options.ts';
import { timelineKey, type TimelineInput } from './timeline-options.ts';
import { CHART_FONT } from './text.ts';
import type { ChartSpec } from './types.ts';

/** Text colour of a saved image: it has a white ground whatever the page's theme. */
export const INK = '#1d1d1f';

/** Replaces every `currentColor` (the page's text colour, which an image does not have) with ink. */
function inked(value: unknown): unknown {
  if (value === 'currentColor') return INK;
  if (Array.isArray(value)) return value.map(inked);
  if (value && typeof value === 'object' && Object.getPrototypeOf(value) === Object.prototype)
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, inked(v)]));
  return value;
}

/**
 * The chart as a saved image draws it: no zoom slider or other controls (nothing to drag in a
 * picture), dark text in the charts' sans font stack, and a timeline's markers numbered for the key
 * under the image.
 */
export function exportOption(spec: ChartSpec, locale: DisplayLocale): EChartsCoreOption {
  const { dataZoom: _controls, ...option } = buildOption(spec, locale, true) as EChartsCoreOption & { dataZoom?: unknown };
  const base = inked(option) as EChartsCoreOption;
  return { ...base, textStyle: { ...(base.textStyle as object), color: INK, fontFamily: CHART_FONT } };
}

/** Lines the image carries under the chart besides the source: what a timeline's numbers stand for. */
export function exportKey(spec: ChartSpec): string[] {
  return spec.kind === 'timeline' ? timelineKey(spec.input as TimelineInput) : [];
}
