import { describe, expect, it } from 'vitest';
import { judgeGrowth, percentile } from './growth-goal.ts';
import type { GrowthStep, TaskResult } from './growth-phase.ts';

const page = (ms: number, bytes: number, status: TaskResult['status'] = 200): TaskResult => ({ kind: 'page', path: '/timeline', status, bytes, items: null, samples: [ms, ms, ms] });
const list = (ms: number, bytes: number, items: number): TaskResult => ({ kind: 'api', path: '/v1/events?q=plan', status: 200, bytes, items, samples: [ms] });
const step = (factor: number, results: TaskResult[]): GrowthStep => ({ factor, records: factor * 3000, seedSeconds: factor, peakMb: 500, processes: 1, results });

describe('the growth goal', () => {
  it('reads percentiles by nearest rank', () => {
    expect(percentile([5, 1, 3, 2, 4], 0.5)).toBe(3);
    expect(percentile([5, 1, 3, 2, 4], 0.99)).toBe(5);
    expect(percentile([], 0.5)).toBeNaN();
  });

  it('is met within 3× the time and 2× the bytes, a list filling its page not counted as growth', () => {
    const goal = judgeGrowth([step(1, [page(40, 100_000), list(1, 2_000, 4)]), step(100, [page(119, 199_000), list(5.9, 25_000, 50)])]);
    expect(goal.met).toBe(true);
  });

  it('is not met when a page grows, naming it with its growth', () => {
    const goal = judgeGrowth([step(1, [page(40, 100_000), list(1, 2_000, 4)]), step(100, [page(1800, 7_000_000), list(1, 2_000, 4)])]);
    expect(goal.met).toBe(false);
    expect(goal.measured).toContain('`/timeline` 45.00×');
    expect(goal.measured).toContain('`/timeline` 70.00×');
  });

  it('is not met when a page stops answering at a factor', () => {
    const goal = judgeGrowth([step(1, [page(40, 100_000)]), step(10, [page(400, 1_000_000)]), step(100, [page(0, 0, 'timeout')])]);
    expect(goal.met).toBe(false);
    expect(goal.measured).toContain('0/1 answer 200 at every factor (not: `/timeline`)');
  });

  it('needs two factors', () => {
    expect(judgeGrowth([step(1, [page(40, 100_000)])]).met).toBeNull();
  });
});
