import type { EChartsCoreOption } from 'echarts/core';
import { escapeHtml } from './escape-html.ts';
import { forceLayout } from './graph-layout.ts';
import { baseOption, palette } from './types.ts';

/** Plain data (it travels from the server load to the browser), turned into options on each side. */
export interface GraphInput {
  /** Entity types present, with their names in the reader's language; a legend entry each. */
  categories: { id: string; name: string }[];
  /** `href` is the entity's page: clicking the node opens it. */
  nodes: { id: string; name: string; category: string; href: string }[];
  /** One edge per subject–predicate–object; `label` is the predicate in the reader's language. */
  links: { source: string; target: string; label: string }[];
  description: string;
}

const categorySymbols = ['circle', 'rect', 'triangle', 'diamond', 'roundRect', 'pin', 'emptyCircle', 'emptyRect', 'emptyTriangle', 'emptyDiamond', 'arrow', 'emptyRoundRect'];

/** Drawing width and height the layout's unit square is stretched to (the chart keeps its aspect). */
const W = 1000;
const H = 700;

/**
 * Who relates to whom, laid out by a deterministic force layout (see graph-layout.ts) so the
 * server's SVG and the browser's chart draw the same picture. Node shape and colour follow the
 * entity type; every edge carries its predicate and an arrow from subject to object.
 */
export function buildGraphOptions(input: GraphInput): EChartsCoreOption {
  const categoryIndex = new Map(input.categories.map((c, i) => [c.id, i]));
  const degree = new Map<string, number>();
  for (const l of input.links) for (const id of [l.source, l.target]) degree.set(id, (degree.get(id) ?? 0) + 1);
  const ids = [...input.nodes].map((n) => n.id).sort();
  const at = forceLayout(
    ids,
    input.links.map((l) => [l.source, l.target]),
  );
  return {
    ...baseOption(input.description),
    legend: {
      top: 0,
      type: 'plain',
      data: input.categories.map((c) => c.name),
      textStyle: { color: 'currentColor' },
      itemWidth: 14,
      itemHeight: 14,
    },
    tooltip: {
      trigger: 'item',
      formatter: (p: { dataType: string; name: string; data: { label?: { formatter?: string }; sourceName?: string; targetName?: string } }) =>
        p.dataType === 'edge'
          ? `${escapeHtml(p.data.sourceName ?? '')} — ${escapeHtml(p.data.label?.formatter ?? '')} → ${escapeHtml(p.data.targetName ?? '')}`
          : escapeHtml(p.name),
    },
    series: [
      {
        type: 'graph',
        layout: 'none',
        top: 56,
        bottom: 24,
        // Labels sit to the right of their nodes.
        left: 24,
        right: 170,
        roam: true,
        draggable: false,
        cursor: 'pointer',
        autoCurveness: true,
        edgeSymbol: ['none', 'arrow'],
        edgeSymbolSize: [0, 7],
        categories: input.categories.map((c, i) => ({
          name: c.name,
          symbol: categorySymbols[i % categorySymbols.length],
          itemStyle: { color: palette[i % palette.length] },
        })),
        label: { show: true, position: 'right', color: 'currentColor', fontSize: 11 },
        edgeLabel: { show: true, fontSize: 9, color: 'currentColor', opacity: 0.75 },
        lineStyle: { color: 'source', opacity: 0.6, width: 1.2 },
        emphasis: { focus: 'adjacency', lineStyle: { width: 2.5, opacity: 1 } },
        data: input.nodes.map((n) => ({
          id: n.id,
          name: n.name,
          href: n.href,
          category: categoryIndex.get(n.category) ?? 0,
          x: (at.get(n.id)?.x ?? 0.5) * W,
          y: (at.get(n.id)?.y ?? 0.5) * H,
          symbolSize: 10 + 4 * Math.sqrt(degree.get(n.id) ?? 0),
        })),
        links: input.links.map((l) => ({
          source: l.source,
          target: l.target,
          sourceName: input.nodes.find((n) => n.id === l.source)?.name,
          targetName: input.nodes.find((n) => n.id === l.target)?.name,
          label: { show: true, formatter: l.label },
        })),
      },
    ],
  };
}
