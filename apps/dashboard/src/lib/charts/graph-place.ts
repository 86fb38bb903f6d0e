import { forceLayout, separateLabels } from './graph-layout.ts';
import { degrees, FONT_SIZE, legendHeight, symbolSize, type GraphInput, type GraphShape } from './graph-options.ts';
import { textWidth } from './text.ts';

/** Air around the nodes: at the drawing's sides and under the legend. */
const MARGIN = 12;
/** A label's line, with a little air above and below. */
const LABEL_HEIGHT = FONT_SIZE * 1.4;

/**
 * Places every node of a graph in a drawing of this size, once, on the server: the force layout
 * stretched to the space under the legend, then nodes nudged until no name overlaps another, each
 * label measured as the charts measure text (text.ts) and kept inside the drawing.
 */
export function placeGraph(graph: GraphShape, width: number, height: number): GraphInput {
  const bounds = { left: MARGIN, top: legendHeight(graph.categories.map((c) => c.name), width) + MARGIN, right: width - MARGIN, bottom: height - MARGIN };
  const degree = degrees(graph.links);
  const ids = graph.nodes.map((n) => n.id).sort();
  const unit = forceLayout(
    ids,
    graph.links.map((l) => [l.source, l.target]),
    (bounds.right - bounds.left) / (bounds.bottom - bounds.top),
  );
  const labelled = graph.nodes.map((n) => ({ radius: symbolSize(degree.get(n.id) ?? 0) / 2, labelWidth: textWidth(n.name, FONT_SIZE), labelHeight: LABEL_HEIGHT }));
  // Anchors spread over the width less a typical label, so names at the right edge need not all be pushed back.
  const typical = [...labelled.map((l) => l.labelWidth)].sort((a, b) => a - b)[Math.floor(labelled.length / 2)] ?? 0;
  const spanX = Math.max(bounds.right - bounds.left - typical, 1);
  const placed = separateLabels(
    graph.nodes.map((n, i) => ({
      ...labelled[i]!,
      x: bounds.left + (unit.get(n.id)?.x ?? 0.5) * spanX,
      y: bounds.top + (unit.get(n.id)?.y ?? 0.5) * (bounds.bottom - bounds.top),
    })),
    bounds,
  );
  // Tenths of a pixel are precision enough, and keep the page's data small.
  const round = (v: number) => Math.round(v * 10) / 10;
  return { ...graph, nodes: graph.nodes.map((n, i) => ({ ...n, x: round(placed[i]!.x), y: round(placed[i]!.y) })) };
}
