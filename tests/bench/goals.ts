import type { CachingCheck } from './caching-checks.ts';
import type { CsvStep } from './csv-phase.ts';
import type { JsonRow } from './json-bench.ts';
import { PAGE_CONNECTIONS, PAGE_ENCODING, type PageRow } from './page-phase.ts';

/** One of the issue's goals, judged on this run's own numbers; `met` null: not run here. */
export interface Goal {
  goal: string;
  measured: string;
  met: boolean | null;
}

const f2 = (n: number) => n.toFixed(2);

/** Goal 1: the API's worst ratio over targets, encodings and connection counts. null = not run. */
export function judgeJson(json: JsonRow[]): Goal {
  const ratios = json.map((r) => ({ r, ratio: r.api.rps / r.baseline.rps }));
  const worst = ratios.reduce(
    (a, b) => (b.ratio < a.ratio ? b : a),
    ratios[0] ?? { r: null, ratio: Number.NaN },
  );
  return {
    goal: 'JSON: API ≥ 0.8 × requests/s of the bare node:http server sending the same bytes, for a list, a record and a comparison, at 1, 10 and 100 connections, with and without Accept-Encoding: br, gzip',
    measured: worst.r
      ? `worst ${f2(worst.ratio)} (${worst.r.path}, ${worst.r.contentEncoding ?? 'identity'}, ${worst.r.connections} conn.); best ${f2(Math.max(...ratios.map((x) => x.ratio)))}`
      : 'not run',
    met: worst.r ? worst.ratio >= 0.8 : null,
  };
}

const CSV_GOAL = 'CSV: the API export ≥ 0.5 × the rows/s of PostgreSQL COPY TO STDOUT at 1M rows, and peak RSS at 1M rows ≤ peak at 100k + max(32 MiB, 10 %); bytes identical to the csv-stringify export (tested: db/src/export/copy-csv.test.ts)';

/** Goal 2: speed against COPY at the larger size, and memory flat from the smaller size to it. */
export function judgeCsv(csv: CsvStep[], pgliteReason: string | null): Goal {
  const full = csv.at(-1);
  const tenth = csv.length > 1 ? csv[0] : undefined;
  if (!full?.copy || !tenth) return { goal: CSV_GOAL, measured: `not run: ${pgliteReason ?? 'needs PostgreSQL and two export sizes'}`, met: null };
  const speed = full.api.rows / full.api.seconds / (full.copy.rows / full.copy.seconds);
  const allowance = Math.max(32, 0.1 * tenth.api.peakMb);
  const growth = full.api.peakMb - tenth.api.peakMb;
  return {
    goal: CSV_GOAL,
    measured: `${f2(speed)} × COPY at ${full.api.rows.toLocaleString('en')} rows; peak RSS ${tenth.api.peakMb} → ${full.api.peakMb} MiB (${growth >= 0 ? '+' : ''}${growth} MiB; allowance ${Math.round(allowance)} MiB)`,
    met: speed >= 0.5 && growth <= allowance,
  };
}

/** Goal 3: every page in both languages, as readers get it once rendered. */
export function judgePages(rows: PageRow[]): Goal {
  const goal = `Pages: ≥ 0.5 × the requests/s of a bare server sending the same HTML, every page in both languages (${PAGE_CONNECTIONS} connections, Accept-Encoding: ${PAGE_ENCODING})`;
  if (rows.length === 0) return { goal, measured: 'not run', met: null };
  const ratios = rows.map((r) => ({ r, ratio: r.dashboard.rps / r.baseline.rps }));
  const worst = ratios.reduce((a, b) => (b.ratio < a.ratio ? b : a));
  const failing = ratios.filter((x) => x.ratio < 0.5).map((x) => `\`${x.r.path}\``);
  return {
    goal,
    measured: `worst ${f2(worst.ratio)} (${worst.r.path}); best ${f2(Math.max(...ratios.map((x) => x.ratio)))}${failing.length ? `; below 0.5: ${failing.join(', ')}` : ''}`,
    met: failing.length === 0,
  };
}

/** Goal 5: what caches outside the process are told, every check as read off the servers. */
export function judgeCaching(checks: CachingCheck[]): Goal {
  const goal = 'Caching outside the process: pages, API answers and downloads kept by shared caches until revalidated (s-maxage, stale-while-revalidate, ETag → 304), release downloads immutable, Vary only where the answer varies, no rebuild at start';
  if (checks.length === 0) return { goal, measured: 'not run', met: null };
  const failed = checks.filter((c) => !c.ok);
  return {
    goal,
    measured: failed.length === 0 ? `${checks.length} of ${checks.length} checks hold` : `failed: ${failed.map((c) => c.what).join('; ')}`,
    met: failed.length === 0,
  };
}
