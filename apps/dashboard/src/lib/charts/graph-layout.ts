/** A node's place in a unit square (0–1 on both axes). */
export interface Position {
  x: number;
  y: number;
}

/**
 * Force-directed positions (Fruchterman–Reingold) that are the same on every run: nodes start on
 * a circle in the order given and the cooling schedule is fixed, so the server's SVG and the
 * browser's chart agree and the picture does not move between visits.
 */
export function forceLayout(ids: string[], edges: [string, string][], iterations = 300): Map<string, Position> {
  return packComponents(components(ids, edges).map((part) => componentLayout(part, edges, iterations)));
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
 * Lays the parts out side by side in rows, each in a square cell that grows with its node count, so a
 * small part is neither flung to the edge nor squashed by the big one.
 */
function packComponents(parts: Map<string, Position>[]): Map<string, Position> {
  // Each cell keeps a margin, wider on the right where the labels go.
  const sides = parts.map((p) => p.size ** 0.85 + 1);
  const rowWidth = Math.max(Math.max(...sides), Math.sqrt(sides.reduce((sum, s) => sum + s * s, 0)) * 1.5);
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
  return normalise(ids, ids.map((id) => placed.get(id)!.x), ids.map((id) => placed.get(id)!.y), true);
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

/**
 * Nudges nodes apart until no node-and-label box overlaps another, moving each pair along the axis
 * where they overlap least (names side by side usually part by a line's height). Deterministic, like
 * the layout, so the server and the browser still agree.
 */
export function separateLabels(nodes: LabelledNode[], iterations = 120): Position[] {
  const at = nodes.map((n) => ({ x: n.x, y: n.y }));
  const box = (i: number) => {
    const n = nodes[i]!;
    const half = Math.max(n.radius, n.labelHeight / 2);
    return { left: at[i]!.x - n.radius, right: at[i]!.x + n.radius + 4 + n.labelWidth, top: at[i]!.y - half, bottom: at[i]!.y + half };
  };
  for (let step = 0; step < iterations; step++) {
    let moved = false;
    for (let i = 0; i < nodes.length; i++) {
      for (let j = i + 1; j < nodes.length; j++) {
        const [a, b] = [box(i), box(j)];
        const overlapX = Math.min(a.right, b.right) - Math.max(a.left, b.left);
        const overlapY = Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top);
        if (overlapX <= 0 || overlapY <= 0) continue;
        moved = true;
        // Half each, plus a pixel of air; ties break by input order so every run agrees.
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
    if (!moved) break;
  }
  return at;
}
