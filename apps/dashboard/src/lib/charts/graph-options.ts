import type { EChartsCoreOption } from 'echarts/core';
import { escapeHtml } from './escape-html.ts';
import { forceLayout, separateLabels } from './graph-layout.ts';
import { baseOption, widePalette } from './types.ts';

/** Plain data (it travels from the server load to the browser), turned into options on each side. */
export interface GraphInput {
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
  /** The chart's height in pixels: the layout takes the shape of the box it is drawn in. */
  height: number;
}

const categorySymbols = [
  'circle',
  'rect',
  'triangle',
  'diamond',
  'roundRect',
  'pin',
  'emptyCircle',
  'emptyRect',
  'emptyTriangle',
  'emptyDiamond',
  'arrow',
  'emptyRoundRect',
];

/**
 * Drawing width the layout's unit square is stretched to: the series box of the Network chart as
 * the server draws it (900 px less margins), so label sizes below are true to scale there.
 */
const W = 700;
/** Above the drawing, the legend; below it, air. */
const TOP = 56;
const BOTTOM = 24;
const FONT_SIZE = 11;

/** A label's width in drawing units: CJK characters are square, Latin ones about half as wide. */
const labelWidth = (text: string) =>
  [...text].reduce((w, c) => w + (/[\u2E80-\uFFFF]/.test(c) ? FONT_SIZE : FONT_SIZE * 0.58), 0);
const symbolSize = (degree: number) => 10 + 4 * Math.sqrt(degree);

/**
 * Who relates to whom, laid out by a deterministic force layout (see graph-layout.ts) so the
 * server's SVG and the browser's chart draw the same picture. Node shape and colour follow the
 * entity type; every edge carries its predicate and an arrow from subject to object.
 */
export function buildGraphOptions(input: GraphInput): EChartsCoreOption {
  const categoryIndex = new Map(input.categories.map((c, i) => [c.id, i]));
  const degree = new Map<string, number>();
  for (const l of input.links)
    for (const id of [l.source, l.target]) degree.set(id, (degree.get(id) ?? 0) + 1);
  const ids = [...input.nodes].map((n) => n.id).sort();
  const unit = forceLayout(
    ids,
    input.links.map((l) => [l.source, l.target]),
  );
  const spread = separateLabels(
    input.nodes.map((n) => ({
      x: (unit.get(n.id)?.x ?? 0.5) * W,
      y: (unit.get(n.id)?.y ?? 0.5) * (input.height - TOP - BOTTOM),
      radius: symbolSize(degree.get(n.id) ?? 0) / 2,
      labelWidth: labelWidth(n.name),
      labelHeight: FONT_SIZE * 1.4,
    })),
  );
  return {
    ...baseOption(input.description),
    legend: {
      top: 0,
      type: 'plain',
      // Each type with its node shape: the shape, not only the colour, says what a node is.
      data: input.categories.map((c, i) => ({ name: c.name, icon: categorySymbols[i % categorySymbols.length] })),
      textStyle: { color: 'currentColor' },
      itemWidth: 14,
      itemHeight: 14,
      // The server measures text in a stand-in font narrower than most readers' own: room to spare.
      itemGap: 24,
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
        // Scaled evenly into its box: stretched, round nodes turn to ovals and the layout's spacing is lost.
        preserveAspect: 'contain',
        top: TOP,
        bottom: BOTTOM,
        // Labels sit to the right of their nodes: the margin takes the longest one past the last node.
        left: 24,
        right:
          Math.max(24, ...spread.map((p, i) => p.x + labelWidth(input.nodes[i]!.name) + 12)) -
          Math.max(...spread.map((p) => p.x)),
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
        label: { show: true, position: 'right', color: 'currentColor', fontSize: FONT_SIZE },
        // Predicates on every edge would bury the names: they show on the edges of the node or edge
        // pointed at, and in the tooltip, while the list beside the chart states each one.
        edgeLabel: { show: false, fontSize: 10, color: 'currentColor' },
        lineStyle: { color: 'source', opacity: 0.6, width: 1.2 },
        emphasis: {
          focus: 'adjacency',
          lineStyle: { width: 2.5, opacity: 1 },
          edgeLabel: { show: true },
        },
        data: input.nodes.map((n, i) => ({
          id: n.id,
          name: n.name,
          href: n.href,
          category: categoryIndex.get(n.category) ?? 0,
          x: spread[i]!.x,
          y: spread[i]!.y,
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
