import type { CachingCheck } from './caching-checks.ts';
import type { CsvStep } from './csv-phase.ts';
import type { JsonRow } from './json-bench.ts';
import type { PageRow } from './page-phase.ts';

export const table = (head: string[], rows: (string | number)[][]) =>
  [
    `| ${head.join(' | ')} |`,
    `|${head.map(() => '---').join('|')}|`,
    ...rows.map((r) => `| ${r.join(' | ')} |`),
  ].join('\n');
export const int = (n: number) => Math.round(n).toLocaleString('en');
const ms = (n: number) => (n < 10 ? n.toFixed(2) : n.toFixed(1));
const ratio = (a: number, b: number) => (b > 0 ? (a / b).toFixed(2) : 'n/a');

export function jsonTable(rows: JsonRow[]): string {
  return table(
    [
      'target',
      'encoding',
      'conn.',
      'body bytes',
      'bare rps',
      'API rps',
      'rps ratio',
      'bare p50 ms',
      'API p50 ms',
      'p50 ratio',
      'bare p99 ms',
      'API p99 ms',
      'p99 ratio',
      'API errors / non-2xx',
    ],
    rows.map((r) => [
      `\`${r.path}\``,
      r.contentEncoding ?? 'identity',
      r.connections,
      int(r.bodyBytes),
      int(r.baseline.rps),
      int(r.api.rps),
      ratio(r.api.rps, r.baseline.rps),
      ms(r.baseline.p50),
      ms(r.api.p50),
      ratio(r.api.p50, r.baseline.p50),
      ms(r.baseline.p99),
      ms(r.api.p99),
      ratio(r.api.p99, r.baseline.p99),
      `${r.api.errors} / ${r.api.non2xx}`,
    ]),
  );
}

export function csvTable(steps: CsvStep[]): string {
  return table(
    [
      'synthetic rows',
      'CSV rows',
      'API rows/s',
      'API MB/s',
      'API bytes',
      'COPY rows/s',
      'COPY bytes',
      'API / COPY',
      'RSS before MiB',
      'peak RSS MiB',
      'growth MiB',
    ],
    steps.map((s) => {
      const apiRate = s.api.rows / s.api.seconds;
      const copyRate = s.copy ? s.copy.rows / s.copy.seconds : 0;
      return [
        int(s.synthetic),
        int(s.api.rows),
        int(apiRate),
        (s.api.bytes / s.api.seconds / 1e6).toFixed(1),
        int(s.api.bytes),
        s.copy ? int(copyRate) : 'n/a',
        s.copy ? int(s.copy.bytes) : 'n/a',
        s.copy ? ratio(apiRate, copyRate) : 'n/a',
        s.api.rssBeforeMb,
        s.api.peakMb,
        s.api.peakMb - s.api.rssBeforeMb,
      ];
    }),
  );
}

/** Ten evenly spaced RSS samples of an export: enough to see a slope, if there is one. */
export function rssCurve(step: CsvStep): string {
  const s = step.api.samplesMb;
  const picks = Array.from(
    { length: Math.min(10, s.length) },
    (_, i) => s[Math.round((i * (s.length - 1)) / Math.max(1, Math.min(10, s.length) - 1))],
  );
  return `RSS (MiB) during the ${int(step.api.rows)}-row export, ${s.length} samples at 100 ms, 10 evenly spaced: ${picks.join(' → ')}`;
}

export function pageTable(rows: PageRow[]): string {
  return table(
    ['page', 'encoding', 'body bytes', 'bare rps', 'dashboard rps', 'rps ratio', 'bare p99 ms', 'dashboard p99 ms', 'dashboard errors / non-2xx'],
    rows.map((r) => [
      `\`${r.path}\``,
      r.contentEncoding ?? 'identity',
      int(r.bodyBytes),
      int(r.baseline.rps),
      int(r.dashboard.rps),
      ratio(r.dashboard.rps, r.baseline.rps),
      ms(r.baseline.p99),
      ms(r.dashboard.p99),
      `${r.dashboard.errors} / ${r.dashboard.non2xx}`,
    ]),
  );
}

export const cachingTable = (checks: CachingCheck[]) =>
  table(['check', 'the servers answered', 'holds'], checks.map((c) => [c.what, c.saw, c.ok ? 'yes' : '**no**']));
