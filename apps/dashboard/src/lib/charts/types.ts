import type { EChartsCoreOption } from 'echarts/core';
import type { BarInput } from './bar-options.ts';
import type { GraphInput } from './graph-options.ts';
import type { LineInput } from './line-options.ts';
import type { ScatterInput } from './scatter-options.ts';
import type { TimelineInput } from './timeline-options.ts';
import { CHART_FONT, textWidth } from './text.ts';

/** Width the server draws at; the SVG scales to its container through its viewBox. */
export const SSR_WIDTH = 560;
/** Width of the second drawing, for phones and narrow columns, where the first would shrink its text. */
export const NARROW_WIDTH = 360;
/** Below this box width (30rem) the narrow drawing is the one shown (see Chart.svelte's container query). */
export const NARROW_BOX = 480;

/** Which ECharts modules a chart needs: each kind loads only its own on the client. */
export type ChartKind = 'bar' | 'line' | 'scatter' | 'timeline' | 'graph';

export interface ChartTable {
  columns: string[];
  rows: (string | number | null)[][];
}

/** Everything a chart shows and offers, built on the server and passed to <Chart>. */
export interface ChartInputs {
  bar: BarInput;
  line: LineInput;
  scatter: ScatterInput;
  timeline: TimelineInput;
  graph: GraphInput;
}

export interface ChartSpec<K extends ChartKind = ChartKind> {
  id: string;
  kind: K;
  /** Plain data; `buildOption` turns it into ECharts options on the server and in the browser. */
  input: K extends keyof ChartInputs ? ChartInputs[K] : unknown;
  title: string;
  unit: string;
  /** The data as shown, for the CSV download and the hidden table screen readers use. */
  table: ChartTable;
  /** The source line: document and section, linking to the Sources page. */
  sources: { label: string; href: string }[];
  /** What the bars' outlines say of their figures' fact-check, under the chart and in its PNG. */
  reviewNote?: string;
  /** Link to the whole dataset behind the chart, as CSV. */
  allCsvHref: string;
  height: number;
  /** Width the server draws at (default SSR_WIDTH): wide charts such as a timeline need more. */
  ssrWidth?: number;
  /**
   * Narrowest the chart is drawn: in a narrower box (a phone) it scrolls sideways instead of
   * shrinking. For charts that cannot be redrawn small, such as the network of names.
   */
  minWidth?: number;
  /**
   * The box's height follows its width, in the drawing's proportions, so the drawing fills the box
   * at any width instead of leaving bands at its sides or above and below.
   */
  scaleToWidth?: boolean;
  /** Scrolled sideways, the chart opens on its right end: a timeline's most recent years. */
  openAtEnd?: boolean;
}

/** Colours that read on light and dark backgrounds alike; decals tell series apart without colour. */
export const palette = ['#3b7dd8', '#d9822b', '#3f9b6b', '#a0569d', '#c44e52', '#6d7a89'];
/** Twelve, for charts with more categories than series: the palette and six more of the same weight. */
export const widePalette = [...palette, '#2a9d9a', '#b5881f', '#d0649a', '#7b6fd0', '#8c6b4f', '#5a8f2e'];

/**
 * Shared look: text follows the page's colour (currentColor) in one sans font stack, grid lines are
 * neutral. `decals`: series patterned so they differ without colour; off where the pattern means
 * something else (a disputed claim's hatching) and series differ otherwise.
 */
export function baseOption(description: string, decals = true): EChartsCoreOption {
  return {
    animation: false,
    color: palette,
    textStyle: { color: 'currentColor', fontFamily: CHART_FONT },
    aria: { enabled: true, description, decal: { show: decals } },
  };
}

/**
 * Room a legend of these names takes above the plot at a drawing width, laid out as ECharts lays
 * it out (25 px icon, 5 px to its text, 10 px between items, 5 px padding) and measured as every
 * chart text is: a legend that wraps to a second row pushes the plot down rather than overlap it.
 */
export function legendHeight(names: string[], width: number): number {
  const ROW = 22;
  let [rows, x] = [1, 0];
  for (const name of names) {
    const item = 25 + 5 + textWidth(name, 12) + 10;
    if (x > 0 && x + item > width - 10) [rows, x] = [rows + 1, 0];
    x += item;
  }
  return rows * ROW;
}

export const axisStyle = {
  axisLabel: { color: 'currentColor' },
  axisLine: { lineStyle: { color: 'rgba(128,128,128,0.6)' } },
  splitLine: { lineStyle: { color: 'rgba(128,128,128,0.25)' } },
  nameTextStyle: { color: 'currentColor' },
};
