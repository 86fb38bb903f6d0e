import { LABEL_GAP } from './graph-options.ts';

/** A node's place in a unit square (0–1 on both axes). */
export interface Position {
  x: number;
  y: number;
}

/**
 * Force-directed positions (Fruchterman–Reingold) that are the same on every run: nodes start on
 * a circle in the order given and the cooling schedule is fixed, so the picture does not move
 * between visits. The parts are packed to the box's shape (`aspect`, width over height) and
 * stretched to fill the unit square, which the caller stretches to the box.
 */
export function forceLayout(ids: string[], edges: [string, string][], aspect = 1, iterations = 300): Map<string, Position> {
  return packComponents(
    components(ids, edges).map((part) => componentLayout(part, edges, iterations)),
    aspect,
  );
}

/** Connected parts of the graph, biggest first (ties by id), each with its ids in input order. */
export function components(ids: string[], edges: [string, string][]): string[][] {
  const parent = new Map(ids.map((id) => [id, id]));
  const root = (id: string): string => {
    const p = parent.get(id)!;
    if (p === id) return id;
    const r = root(p);
    parent.set(id, r);
    return r;
  };
  for (const [a, b] of edges) if (parent.has(a) && parent.has(b)) parent.set(root(a), root(b));
  const parts = new Map<string, string[]>();
  for (const id of ids) parts.set(root(id), [...(parts.get(root(id)) ?? []), id]);
  return [...parts.values()].sort((a, b) => b.length - a.length || a[0]!.localeCompare(b[0]!));
}

/**
 * Lays the parts out side by side in rows as wide as the box's shape asks, each in a square cell
 * that grows with its node count, so a small part is neither flung to the edge nor squashed by the
 * big one.
 */
function packComponents(parts: Map<string, Position>[], aspect: number): Map<string, Position> {
  // Each cell keeps a margin, wider on the right where the labels go.
  const sides = parts.map((p) => p.size ** 0.85 + 1);
  const rowWidth = Math.max(Math.max(...sides), Math.sqrt(sides.reduce((sum, s) => sum + s * s, 0) * aspect));
  const placed = new Map<string, Position>();
  let [x, y, rowHeight] = [0, 0, 0];
  parts.forEach((part, i) => {
    const side = sides[i]!;
    if (x > 0 && x + side > rowWidth) [x, y, rowHeight] = [0, y + rowHeight, 0];
    const inner = side - 1;
    for (const [id, p] of part) placed.set(id, { x: x + 0.3 + p.x * inner, y: y + 0.3 + p.y * inner });
    x += side;
    rowHeight = Math.max(rowHeight, side);
  });
  const ids = [...placed.keys()];
  return normalise(ids, ids.map((id) => placed.get(id)!.x), ids.map((id) => placed.get(id)!.y), false);
}

function componentLayout(ids: string[], edges: [string, string][], iterations: number): Map<string, Position> {
  const n = ids.length;
  const index = new Map(ids.map((id, i) => [id, i]));
  const x = ids.map((_, i) => 0.5 + 0.45 * Math.cos((2 * Math.PI * i) / Math.max(n, 1)));
  const y = ids.map((_, i) => 0.5 + 0.45 * Math.sin((2 * Math.PI * i) / Math.max(n, 1)));
  const pairs = edges.flatMap(([a, b]) => {
    const [i, j] = [index.get(a), index.get(b)];
    return i === undefined || j === undefined || i === j ? [] : [[i, j] as const];
  });
  const k = Math.sqrt(1 / Math.max(n, 1));
  for (let step = 0; step < iterations; step++) {
    const temperature = 0.1 * (1 - step / iterations);
    const dx = new Array<number>(n).fill(0);
    const dy = new Array<number>(n).fill(0);
    for (let i = 0; i < n; i++) {
      for (let j = i + 1; j < n; j++) {
        const ddx = x[i]! - x[j]!;
        const ddy = y[i]! - y[j]!;
        const d2 = Math.max(ddx * ddx + ddy * ddy, 1e-6);
        const f = (k * k) / d2;
        dx[i]! += ddx * f;
        dy[i]! += ddy * f;
        dx[j]! -= ddx * f;
        dy[j]! -= ddy * f;
      }
    }
    for (const [i, j] of pairs) {
      const ddx = x[i]! - x[j]!;
      const ddy = y[i]! - y[j]!;
      const d = Math.max(Math.hypot(ddx, ddy), 1e-3);
      const f = d / k;
      dx[i]! -= ddx * f;
      dy[i]! -= ddy * f;
      dx[j]! += ddx * f;
      dy[j]! += ddy * f;
    }
    for (let i = 0; i < n; i++) {
      // A weak pull to the centre keeps unconnected parts of the graph on the page.
      dx[i]! += (0.5 - x[i]!) * 0.05;
      dy[i]! += (0.5 - y[i]!) * 0.05;
      const len = Math.max(Math.hypot(dx[i]!, dy[i]!), 1e-9);
      const move = Math.min(len, temperature);
      x[i]! += (dx[i]! / len) * move;
      y[i]! += (dy[i]! / len) * move;
    }
  }
  return normalise(ids, x, y, true);
}

/**
 * Scales the layout into the unit square: stretched to fill it, or (keepAspect) scaled evenly so
 * the parts keep their shapes.
 */
function normalise(ids: string[], x: number[], y: number[], keepAspect: boolean): Map<string, Position> {
  const span = (v: number[]) => [Math.min(...v), Math.max(...v)] as const;
  const [x0, x1] = span(x);
  const [y0, y1] = span(y);
  const even = Math.max(x1 - x0, y1 - y0);
  // Evenly scaled, the shorter side is centred in the square.
  const scale = (v: number, lo: number, hi: number) => {
    const range = keepAspect ? even : hi - lo;
    return range < 1e-9 ? 0.5 : (v - lo) / range + (keepAspect ? (1 - (hi - lo) / even) / 2 : 0);
  };
  return new Map(ids.map((id, i) => [id, { x: scale(x[i]!, x0, x1), y: scale(y[i]!, y0, y1) }]));
}

/** A node's place in drawing units and the box its label takes to the right of it. */
export interface LabelledNode {
  x: number;
  y: number;
  radius: number;
  labelWidth: number;
  labelHeight: number;
}

/** The rectangle, in drawing units, that every node and its label must stay inside. */
export interface Bounds {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

/** Side of the grid cells boxes are bucketed in: only boxes sharing a cell are compared. */
const CELL = 48;

type Box = ReturnType<typeof labelBox>;

/** A node's symbol and label as one box. */
export function labelBox(n: LabelledNode, at: Position = n) {
  const half = Math.max(n.radius, n.labelHeight / 2);
  return { left: at.x - n.radius, right: at.x + n.radius + LABEL_GAP + n.labelWidth, top: at.y - half, bottom: at.y + half };
}

const overlaps = (a: Box, b: Box) => Math.min(a.right, b.right) > Math.max(a.left, b.left) && Math.min(a.bottom, b.bottom) > Math.max(a.top, b.top);

/** Boxes bucketed by the grid cells they cover, so neighbours are found without looking at every box. */
class BoxGrid {
  readonly cells = new Map<number, number[]>();
  /** A cell's key: its row and column in one number (columns stay far below the multiplier). */
  static key(x: number, y: number): number {
    return Math.floor(y / CELL) * 1_000_003 + Math.floor(x / CELL);
  }
  private static *keys(b: Box) {
    for (let y = Math.floor(b.top / CELL); y <= Math.floor(b.bottom / CELL); y++)
      for (let x = Math.floor(b.left / CELL); x <= Math.floor(b.right / CELL); x++) yield y * 1_000_003 + x;
  }
  add(index: number, b: Box): void {
    for (const key of BoxGrid.keys(b)) {
      const cell = this.cells.get(key);
      if (cell) cell.push(index);
      else this.cells.set(key, [index]);
    }
  }
  /** Every box sharing a cell with `b`. */
  *near(b: Box) {
    for (const key of BoxGrid.keys(b)) yield* this.cells.get(key) ?? [];
  }
}

/**
 * Nudges nodes apart until no node-and-label box overlaps another, moving each pair along the axis
 * where they overlap least (names side by side usually part by a line's height), and keeps every
 * box inside `bounds`; the few pairs a crowd still leaves touching are then settled one by one.
 * Boxes are bucketed in a grid so a step compares only neighbours, not every pair: the cost grows
 * with the nodes, not with their square. Deterministic: ties break by input order.
 */
export function separateLabels(nodes: LabelledNode[], bounds: Bounds, iterations = 300): Position[] {
  const at = nodes.map((n) => ({ x: n.x, y: n.y }));
  const clamp = (i: number) => {
    const n = nodes[i]!;
    const half = Math.max(n.radius, n.labelHeight / 2);
    const maxX = Math.max(bounds.left + n.radius, bounds.right - n.radius - LABEL_GAP - n.labelWidth);
    at[i]!.x = Math.min(Math.max(at[i]!.x, bounds.left + n.radius), maxX);
    at[i]!.y = Math.min(Math.max(at[i]!.y, bounds.top + half), bounds.bottom - half);
  };
  nodes.forEach((_, i) => clamp(i));
  for (let step = 0; step < iterations; step++) {
    let moved = false;
    const boxes = nodes.map((n, i) => labelBox(n, at[i]!));
    const grid = new BoxGrid();
    boxes.forEach((b, i) => grid.add(i, b));
    for (const [key, members] of grid.cells) {
      for (let p = 0; p < members.length; p++) {
        for (let q = p + 1; q < members.length; q++) {
          const [i, j] = [members[p]!, members[q]!];
          // A pair sharing several cells is handled once: in the cell where their overlap begins.
          if (key !== BoxGrid.key(Math.max(boxes[i]!.left, boxes[j]!.left), Math.max(boxes[i]!.top, boxes[j]!.top))) continue;
          // Measured where the nodes are now: earlier pushes of this step may have parted them already.
          const [a, b] = [labelBox(nodes[i]!, at[i]!), labelBox(nodes[j]!, at[j]!)];
          const overlapX = Math.min(a.right, b.right) - Math.max(a.left, b.left);
          const overlapY = Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top);
          if (overlapX <= 0 || overlapY <= 0) continue;
          moved = true;
          // Half each, plus a pixel of air.
          if (overlapY <= overlapX) {
            const push = overlapY / 2 + 1;
            const down = at[i]!.y > at[j]!.y || (at[i]!.y === at[j]!.y && i > j) ? 1 : -1;
            at[i]!.y += down * push;
            at[j]!.y -= down * push;
          } else {
            const push = overlapX / 2 + 1;
            const right = at[i]!.x > at[j]!.x || (at[i]!.x === at[j]!.x && i > j) ? 1 : -1;
            at[i]!.x += right * push;
            at[j]!.x -= right * push;
          }
        }
      }
    }
    nodes.forEach((_, i) => clamp(i));
    if (!moved) break;
  }
  settle(nodes, at, bounds);
  return at;
}

/**
 * Pushing pairs apart can leave a crowd jostling, a pixel or two over one another. Settles them:
 * top to bottom, each node keeps its place if free, else takes the nearest free height above or below
 * the nodes already settled, within the bounds (where none is free, it stays where it is).
 */
function settle(nodes: LabelledNode[], at: Position[], bounds: Bounds): void {
  const grid = new BoxGrid();
  const settled: Box[] = [];
  const order = nodes.map((_, i) => i).sort((a, b) => at[a]!.y - at[b]!.y || a - b);
  for (const i of order) {
    const n = nodes[i]!;
    const half = Math.max(n.radius, n.labelHeight / 2);
    const blocker = (y: number) => {
      const box = labelBox(n, { x: at[i]!.x, y });
      for (const j of grid.near(box)) if (overlaps(box, settled[j]!)) return settled[j]!;
      return null;
    };
    // Walks away from the node's place, hopping past each box in the way, until a free height or the edge.
    const free = (direction: 1 | -1) => {
      let y = at[i]!.y;
      for (let hit = blocker(y); hit; hit = blocker(y)) {
        y = direction > 0 ? hit.bottom + half + 0.5 : hit.top - half - 0.5;
        if (y - half < bounds.top || y + half > bounds.bottom) return null;
      }
      return y;
    };
    const [down, up] = [free(1), free(-1)];
    const candidates = [down, up].filter((y): y is number => y !== null);
    if (candidates.length > 0) at[i]!.y = candidates.reduce((best, y) => (Math.abs(y - at[i]!.y) < Math.abs(best - at[i]!.y) ? y : best));
    const box = labelBox(n, at[i]!);
    settled[i] = box;
    grid.add(i, box);
  }
}
