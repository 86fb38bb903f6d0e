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
  return normalise(ids, x, y);
}

/** Stretches the layout to fill the unit square, so every drawing uses its whole box. */
function normalise(ids: string[], x: number[], y: number[]): Map<string, Position> {
  const span = (v: number[]) => [Math.min(...v), Math.max(...v)] as const;
  const [x0, x1] = span(x);
  const [y0, y1] = span(y);
  const scale = (v: number, lo: number, hi: number) => (hi - lo < 1e-9 ? 0.5 : (v - lo) / (hi - lo));
  return new Map(ids.map((id, i) => [id, { x: scale(x[i]!, x0, x1), y: scale(y[i]!, y0, y1) }]));
}
