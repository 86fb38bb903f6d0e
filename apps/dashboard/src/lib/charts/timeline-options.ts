import type { EChartsCoreOption } from 'echarts/core';
import type { Event, Review } from '@aiwatch/data/schemas';
import { reviewStyles } from './bar-options.ts';
import { escapeHtml } from './escape-html.ts';
import { eventPeriod } from './event-period.ts';
import { axisStyle, baseOption, widePalette } from './types.ts';

export type EventKind = Event['kind'];

/** One event as the chart needs it: its raw date (for placing) and its date as written (for reading). */
export interface TimelineEvent extends Pick<Event, 'id' | 'kind' | 'date' | 'date_precision' | 'date_qualifier'> {
  title: string;
  /** "late 1980s", "Spring 2025", "by 2027" — in the reader's language. */
  dateText: string;
  /** The fact-check: a doubted event must not look like a checked one. */
  review: Review['status'];
  /** The fact-check's name in the reader's language, for the saved image's key. */
  reviewText: string;
}

/** Plain data (it travels from the server load to the browser), turned into options on each side. */
export interface TimelineInput {
  /** One row per kind, top to bottom, with its name in the reader's language. */
  kinds: { id: EventKind; name: string }[];
  events: TimelineEvent[];
  /** The axis range, ISO dates. */
  from: string;
  to: string;
  description: string;
}

const star = 'path://M50 0 L61 35 L98 35 L68 57 L79 91 L50 70 L21 91 L32 57 L2 35 L39 35 Z';
const cross = 'path://M20 0 L50 30 L80 0 L100 20 L70 50 L100 80 L80 100 L50 70 L20 100 L0 80 L30 50 L0 20 Z';
const hexagon = 'path://M25 0 L75 0 L100 50 L75 100 L25 100 L0 50 Z';

/** A shape per kind, so rows differ without colour. */
export const kindSymbols: Record<EventKind, string> = {
  founding: 'circle',
  policy: 'rect',
  programme: 'roundRect',
  investment: 'diamond',
  launch: 'triangle',
  deadline: 'pin',
  target: star,
  meeting: hexagon,
  milestone: 'emptyCircle',
  sanction: cross,
};

/** A colour per kind, fixed: a kind keeps its colour whichever kinds a filter leaves. */
const kindOrder: EventKind[] = ['founding', 'policy', 'programme', 'investment', 'launch', 'deadline', 'target', 'meeting', 'milestone', 'sanction'];
const kindColour = (kind: EventKind) => widePalette[kindOrder.indexOf(kind) % widePalette.length]!;

const YEAR = 365.25 * 86_400_000;
const ms = (iso: string) => Date.parse(`${iso}T00:00:00Z`);

/**
 * What each marker's number stands for, when markers are numbered (a saved image, where no tooltip
 * can name them): `1 · late 1980s · Torch Program launched`, in the chart's order.
 */
export function timelineKey(input: TimelineInput): string[] {
  const kinds = new Set(input.kinds.map((k) => k.id));
  return input.events
    .filter((e) => kinds.has(e.kind))
    .map((e, i) => [i + 1, e.dateText, e.title, ...(e.review === 'corroborated' ? [] : [e.reviewText])].join(' · '));
}

/**
 * Every event on one time axis, a row per kind. An imprecise date is drawn as the span it covers
 * (a bar with end ticks, marker in the middle); "by 2027" as a dashed deadline line across the rows.
 * `numbered` labels each marker with its number in timelineKey.
 */
export function buildTimelineOptions(input: TimelineInput, numbered = false): EChartsCoreOption {
  const rowName = new Map(input.kinds.map((k) => [k.id, k.name]));
  const top = input.kinds[0]?.name ?? '';
  const bottom = input.kinds.at(-1)?.name ?? '';
  const placed = input.events.filter((e) => rowName.has(e.kind)).map((e, i) => ({ e, p: eventPeriod(e), row: rowName.get(e.kind)!, n: i + 1 }));

  const points = input.kinds.map((k) => ({
    type: 'scatter',
    name: k.name,
    symbol: kindSymbols[k.id],
    symbolSize: 14,
    itemStyle: { color: kindColour(k.id) },
    z: 3,
    data: placed
      .filter(({ e }) => e.kind === k.id)
      .map(({ e, p, row, n }) => ({
        id: e.id,
        name: e.title,
        value: [p.point, row],
        dateText: e.dateText,
        n,
        // Outlined as the bar charts outline doubted figures; the chart's note is the key.
        ...(reviewStyles[e.review] ? { itemStyle: { ...reviewStyles[e.review], color: kindColour(k.id) } } : {}),
        // A deadline's marker sits on its dashed line: its number goes beside it, not on the line.
        ...(numbered && p.deadline ? { label: { position: 'right', distance: 6 } } : {}),
      })),
    label: numbered ? { show: true, position: 'top', distance: 4, fontSize: 10, color: 'currentColor', formatter: (x: { data: { n: number } }) => String(x.data.n) } : undefined,
  }));
  // A period longer than its marker reads as a span: a thick bar with a tick at each end.
  const spans = placed
    .filter(({ p }) => !p.deadline && p.end - p.start > 40 * 86_400_000)
    .map(({ e, p, row }) => ({
      type: 'line',
      name: row,
      silent: true,
      tooltip: { show: false },
      symbol: 'rect',
      symbolSize: [2, 14],
      lineStyle: { width: 6, opacity: 0.45, color: kindColour(e.kind), cap: 'butt' },
      itemStyle: { color: kindColour(e.kind) },
      z: 2,
      data: [
        [p.start, row],
        [p.end, row],
      ],
    }));
  // Deadlines a few years apart ("by 2027", "by 2030") get their labels on alternate lines.
  const deadlines = placed
    .filter(({ p }) => p.deadline)
    .map(({ e, p, row }, i) => ({
      type: 'line',
      name: row,
      silent: true,
      tooltip: { show: false },
      // A symbol too small to see: line labels hang on symbols.
      symbol: 'circle',
      symbolSize: 1,
      lineStyle: { width: 1.5, type: 'dashed', color: kindColour(e.kind) },
      z: 1,
      data: [
        { value: [p.point, top], label: { show: true, position: 'top', offset: [0, -14 * (i % 2)], formatter: e.dateText, color: 'currentColor', fontSize: 11 } },
        [p.point, bottom],
      ],
    }));

  return {
    // Shapes tell the kinds apart: hatching is left to the disputed markers (see reviewStyles).
    ...baseOption(input.description, false),
    // The image has no zoom slider under the axis: no room kept for it.
    grid: { left: 20, right: 28, top: 44, bottom: numbered ? 30 : 64 },
    tooltip: {
      trigger: 'item',
      formatter: (p: { seriesName: string; data: { name: string; dateText: string } }) =>
        `<strong>${escapeHtml(p.data.dateText)}</strong> · ${escapeHtml(p.seriesName)}<br/>${escapeHtml(p.data.name)}`,
    },
    xAxis: {
      type: 'time',
      min: ms(input.from),
      max: ms(input.to),
      // Decades at full width; years, then months, as the reader zooms in.
      maxInterval: 10 * YEAR,
      ...axisStyle,
      axisLabel: { color: 'currentColor', formatter: '{yyyy}', hideOverlap: true },
      splitLine: { show: true, lineStyle: { color: 'rgba(128,128,128,0.2)' } },
    },
    yAxis: {
      type: 'category',
      data: input.kinds.map((k) => k.name),
      inverse: true,
      ...axisStyle,
      splitLine: { show: true, lineStyle: { color: 'rgba(128,128,128,0.15)' } },
    },
    dataZoom: [
      { type: 'inside', xAxisIndex: 0, filterMode: 'none' },
      { type: 'slider', xAxisIndex: 0, filterMode: 'none', height: 22, bottom: 10, textStyle: { color: 'currentColor' } },
    ],
    series: [...points, ...spans, ...deadlines],
  };
}
