import { percentile, SIZE_GROWTH, taskGrowth, TIME_FLOOR_MS, TIME_GROWTH } from './growth-goal.ts';
import type { GrowthPhase, GrowthStep, TaskResult } from './growth-phase.ts';
import { int, table } from './report-tables.ts';

const ms = (n: number) => (Number.isNaN(n) ? '–' : n < 10 ? n.toFixed(2) : n.toFixed(0));
const kb = (r: TaskResult) => (r.status !== 200 ? '–' : `${(r.bytes / 1024).toFixed(1)}${r.items === null ? '' : ` (${r.items})`}`);
const flag = (ratio: number, limit: number) => (Number.isFinite(ratio) ? `${ratio.toFixed(2)}${ratio > limit ? ' ⚠' : ''}` : 'n/a');

/** Each factor's data, seeding and the measuring process's memory. */
export function growthSummary(steps: GrowthStep[]): string {
  return table(
    ['factor', 'records', 'seed s', 'peak RSS MiB', 'answers counted per task', 'processes'],
    steps.map((s) => {
      const counts = s.results.map((r) => r.samples.length).filter((n) => n > 0);
      return [`×${s.factor}`, int(s.records), s.seedSeconds.toFixed(1), s.peakMb, counts.length ? `${Math.min(...counts)}–${Math.max(...counts)}` : '–', s.processes];
    }),
  );
}

/** Per page and list: status, p50, p99 and size at each factor, and the growth the goal reads. */
export function growthTable(steps: GrowthStep[]): string {
  const factors = steps.map((s) => `×${s.factor}`);
  const growth = steps.length > 1 ? taskGrowth(steps) : [];
  const at = <T>(i: number, pick: (r: TaskResult) => T) => steps.map((s) => pick(s.results[i]!));
  return table(
    [
      'page / list',
      `status ${factors.join('/')}`,
      ...factors.map((f) => `p50 ms ${f}`),
      ...factors.map((f) => `p99 ms ${f}`),
      ...factors.map((f) => `KB ${f}`),
      `p50 growth (≤ ${TIME_GROWTH})`,
      `size growth (≤ ${SIZE_GROWTH})`,
    ],
    steps[0]!.results.map((r, i) => [
      `\`${r.path}\``,
      at(i, (x) => x.status).join('/'),
      ...at(i, (x) => ms(percentile(x.samples, 0.5))),
      ...at(i, (x) => ms(percentile(x.samples, 0.99))),
      ...at(i, kb),
      growth[i]?.ok ? flag(growth[i].time, TIME_GROWTH) : '–',
      growth[i]?.ok ? flag(growth[i].size, SIZE_GROWTH) : '–',
    ]),
  );
}

const growthNote = `Server time is measured in one process per factor: each page rendered through SvelteKit's server from the dashboard build, each API list through the API's app (\`app.request\`), no HTTP, no page or response cache; one uncounted warm-up each, then counted answers until the count or a time budget is reached (p99 of a few answers is their maximum). Growth compares p50 at the largest factor with the smallest; medians under ${TIME_FLOOR_MS} ms count as ${TIME_FLOOR_MS} ms. An API list's KB is followed by its items (a page holds at most 50), and its size growth is per item. ⚠ marks growth past the goal's threshold.`;

/** The phase's section of a report: the verdict, each factor, and the table. */
export function growthSection({ steps, goal }: GrowthPhase): string {
  const verdict = goal.met === null ? 'not measured' : goal.met ? 'met' : 'not met';
  return `**${verdict}** — ${goal.goal}.

${goal.measured}

${growthSummary(steps)}

${growthNote}

${growthTable(steps)}
`;
}
