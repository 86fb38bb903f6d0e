import type { EChartsCoreOption } from 'echarts/core';
import { escapeHtml } from './escape-html.ts';
import { textWidth } from './text.ts';
import { baseOption, widePalette } from './types.ts';

/** A graph before it is laid out: who relates to whom. */
export interface GraphShape {
  /** Entity types present, with their names in the reader's language; a legend entry each. */
  categories: { id: string; name: string }[];
  /** `href` is the entity's page: clicking the node opens it. */
  nodes: { id: string; name: string; category: string; href: string }[];
  /**
   * One edge per subject–predicate–object; `label` is the predicate in the reader's language.
   * Membership of a group is drawn dashed: it is the most common edge, and says least.
   */
  links: { source: string; target: string; label: string; membership?: boolean }[];
  description: string;
}

/**
 * Plain data (it travels from the server load to the browser), turned into options on each side.
 * Nodes carry their places in drawing pixels, laid out once on the server (graph-place.ts): a layout
 * recomputed in the browser runs on another engine's floating point and can land elsewhere.
 */
export interface GraphInput extends GraphShape {
  nodes: (GraphShape['nodes'][number] & { x: number; y: number })[];
}

/** A hexagon, where ECharts' pin would do: a pin's label hangs off its point, not its middle, so the layout's label boxes would miss it. */
const hexagon = 'path://M25 0 L75 0 L100 50 L75 100 L25 100 L0 50 Z';

const categorySymbols = [
  'circle',
  'rect',
  'triangle',
  'diamond',
  'roundRect',
  hexagon,
  'emptyCircle',
  'emptyRect',
  'emptyTriangle',
  'emptyDiamond',
  'arrow',
  'emptyRoundRect',
];

export const FONT_SIZE = 11;
/** Space between a node's symbol and its label. */
export const LABEL_GAP = 5;
const LEGEND_ITEM = 14;
const LEGEND_GAP = 24;
/** ECharts' legend padding and the gap between an icon and its name. */
const LEGEND_PADDING = 5;
const LEGEND_TEXT_GAP = 5;
/** A legend row: its icon or its name's line, whichever is taller. */
const LEGEND_ROW = 18;

export const symbolSize = (degree: number) => 10 + 4 * Math.sqrt(degree);

/** How many edges touch each node. */
export function degrees(links: GraphShape['links']): Map<string, number> {
  const degree = new Map<string, number>();
  for (const l of links) for (const id of [l.source, l.target]) degree.set(id, (degree.get(id) ?? 0) + 1);
  return degree;
}

/** The height the legend takes across a drawing this wide, its items wrapped into rows as ECharts wraps them. */
export function legendHeight(names: string[], width: number): number {
  let [rows, x] = [1, 0];
  for (const name of names) {
    const item = LEGEND_ITEM + LEGEND_TEXT_GAP + textWidth(name, 12);
    if (x > 0 && x + item > width - 2 * LEGEND_PADDING) [rows, x] = [rows + 1, 0];
    x += item + LEGEND_GAP;
  }
  return 2 * LEGEND_PADDING + rows * LEGEND_ROW + (rows - 1) * LEGEND_GAP;
}

/**
 * Who relates to whom, laid out by a deterministic force layout (see graph-layout.ts) so the
 * server's SVG and the browser's chart draw the same picture. Node shape and colour follow the
 * entity type; every edge carries its predicate and an arrow from subject to object.
 */
export function buildGraphOptions(input: GraphInput): EChartsCoreOption {
  const categoryIndex = new Map(input.categories.map((c, i) => [c.id, i]));
  const degree = degrees(input.links);
  const xs = input.nodes.map((n) => n.x);
  const ys = input.nodes.map((n) => n.y);
  const [left, top] = [Math.min(...xs), Math.min(...ys)];
  return {
    ...baseOption(input.description),
    legend: {
      top: 0,
      type: 'plain',
      // Each type with its node shape: the shape, not only the colour, says what a node is.
      data: input.categories.map((c, i) => ({ name: c.name, icon: categorySymbols[i % categorySymbols.length] })),
      textStyle: { color: 'currentColor' },
      padding: LEGEND_PADDING,
      itemWidth: LEGEND_ITEM,
      itemHeight: LEGEND_ITEM,
      itemGap: LEGEND_GAP,
    },
    tooltip: {
      trigger: 'item',
      formatter: (p: {
        dataType: string;
        name: string;
        data: { label?: { formatter?: string }; sourceName?: string; targetName?: string };
      }) =>
        p.dataType === 'edge'
          ? `${escapeHtml(p.data.sourceName ?? '')} — ${escapeHtml(p.data.label?.formatter ?? '')} → ${escapeHtml(p.data.targetName ?? '')}`
          : escapeHtml(p.name),
    },
    series: [
      {
        type: 'graph',
        layout: 'none',
        // The box is the nodes' own extent, so ECharts draws each node exactly where the layout put it.
        left,
        top,
        width: Math.max(...xs) - left,
        height: Math.max(...ys) - top,
        roam: true,
        draggable: false,
        cursor: 'pointer',
        autoCurveness: true,
        edgeSymbol: ['none', 'arrow'],
        edgeSymbolSize: [0, 7],
        categories: input.categories.map((c, i) => ({
          name: c.name,
          symbol: categorySymbols[i % categorySymbols.length],
          itemStyle: { color: widePalette[i % widePalette.length] },
        })),
        label: { show: true, position: 'right', distance: LABEL_GAP, color: 'currentColor', fontSize: FONT_SIZE },
        // Predicates on every edge would bury the names: they show on the edges of the node or edge
        // pointed at, and in the tooltip, while the list beside the chart states each one.
        edgeLabel: { show: false, fontSize: 10, color: 'currentColor' },
        lineStyle: { color: 'source', opacity: 0.6, width: 1.2 },
        emphasis: {
          focus: 'adjacency',
          lineStyle: { width: 2.5, opacity: 1 },
          edgeLabel: { show: true },
        },
        data: input.nodes.map((n) => ({
          id: n.id,
          name: n.name,
          href: n.href,
          category: categoryIndex.get(n.category) ?? 0,
          x: n.x,
          y: n.y,
          symbolSize: symbolSize(degree.get(n.id) ?? 0),
        })),
        links: input.links.map((l) => ({
          source: l.source,
          target: l.target,
          sourceName: input.nodes.find((n) => n.id === l.source)?.name,
          targetName: input.nodes.find((n) => n.id === l.target)?.name,
          label: { formatter: l.label },
          ...(l.membership ? { lineStyle: { type: 'dashed' } } : {}),
        })),
      },
    ],
  };
}
