import type { Goal } from './goals.ts';
import type { GrowthStep, TaskResult } from './growth-phase.ts';

/** From the smallest factor to the largest, a page or list may take this many times as long (p50)… */
export const TIME_GROWTH = 3;
/** …and answer this many times as many bytes. */
export const SIZE_GROWTH = 2;
/**
 * Medians below this count as this: an API list answers in about a millisecond, where a tenth of a
 * millisecond of noise would read as growth.
 */
export const TIME_FLOOR_MS = 2;

/** Nearest-rank percentile (p in 0…1); NaN without samples. */
export function percentile(samples: number[], p: number): number {
  if (samples.length === 0) return Number.NaN;
  const sorted = [...samples].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length, Math.max(1, Math.ceil(p * sorted.length))) - 1]!;
}

export interface TaskGrowth {
  path: string;
  /** 200 at every factor. */
  ok: boolean;
  /** p50 at the largest factor over p50 at the smallest, both floored at TIME_FLOOR_MS. */
  time: number;
  /** Bytes at the largest factor over bytes at the smallest; per item for an API list. */
  size: number;
}

/**
 * An API list answers a page of at most `limit` items by design, so its size is compared per
 * item: a list that fills its page as the data grows is not growth, an item that swells is.
 */
function sizeRatio(a: TaskResult, b: TaskResult): number {
  return a.items && b.items ? b.bytes / b.items / (a.bytes / a.items) : b.bytes / a.bytes;
}

export function taskGrowth(steps: GrowthStep[]): TaskGrowth[] {
  const first = steps[0]!.results;
  const last = steps.at(-1)!.results;
  const p50 = (r: TaskResult) => Math.max(TIME_FLOOR_MS, percentile(r.samples, 0.5));
  return first.map((a, i) => {
    const b = last[i]!;
    return {
      path: a.path,
      ok: steps.every((s) => s.results[i]!.status === 200),
      time: p50(b) / p50(a),
      size: sizeRatio(a, b),
    };
  });
}

const x = (n: number) => (Number.isFinite(n) ? `${n.toFixed(2)}×` : 'n/a');

/** Met when everything answers 200 at every factor and nothing grows past the thresholds. */
export function judgeGrowth(steps: GrowthStep[]): Goal {
  const factors = steps.map((s) => `×${s.factor}`).join('/');
  const goal = `Cost flat as data grows: at ${factors} every page (both languages) and API list answers 200, and from the smallest to the largest factor p50 server time grows at most ${TIME_GROWTH}× (medians under ${TIME_FLOOR_MS} ms count as ${TIME_FLOOR_MS} ms) and HTML bytes (an API list's bytes per item) at most ${SIZE_GROWTH}×`;
  if (steps.length < 2) return { goal, measured: 'needs two factors', met: null };
  const growth = taskGrowth(steps);
  const failing = growth.filter((g) => !g.ok);
  // Growth is only read where every factor answered.
  const answered = growth.filter((g) => g.ok);
  const slower = answered.filter((g) => g.time > TIME_GROWTH).sort((a, b) => b.time - a.time);
  const larger = answered.filter((g) => g.size > SIZE_GROWTH).sort((a, b) => b.size - a.size);
  const worst = (gs: TaskGrowth[], key: 'time' | 'size') =>
    gs.length === 0 ? 'none' : `${gs.length}: ${gs.slice(0, 3).map((g) => `\`${g.path}\` ${x(g[key])}`).join(', ')}${gs.length > 3 ? ', …' : ''}`;
  const maxOf = (key: 'time' | 'size') => {
    const top = answered.reduce<TaskGrowth | null>((m, g) => (m === null || g[key] > m[key] ? g : m), null);
    return top ? `${key} ${x(top[key])} (\`${top.path}\`)` : `${key} n/a`;
  };
  const measured = [
    `${growth.length - failing.length}/${growth.length} answer 200 at every factor${failing.length ? ` (not: ${failing.map((g) => `\`${g.path}\``).join(', ')})` : ''}`,
    `slower than ${TIME_GROWTH}× — ${worst(slower, 'time')}`,
    `larger than ${SIZE_GROWTH}× — ${worst(larger, 'size')}`,
    `largest growth: ${maxOf('time')}, ${maxOf('size')}`,
  ].join('; ');
  return { goal, measured, met: failing.length === 0 && slower.length === 0 && larger.length === 0 };
}
