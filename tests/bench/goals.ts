import type { CsvStep } from './csv-phase.ts';
import type { JsonRow } from './json-bench.ts';

export interface Goal {
  goal: string;
  measured: string;
  met: boolean | null;
}

const f2 = (n: number) => n.toFixed(2);

/** The targets, each judged on this run's own numbers. null = not measurable here. */
export function judgeGoals(json: JsonRow[], csv: CsvStep[], pgliteReason: string | null): Goal[] {
  const ratios = json.map((r) => ({ r, ratio: r.api.rps / r.baseline.rps }));
  const worst = ratios.reduce(
    (a, b) => (b.ratio < a.ratio ? b : a),
    ratios[0] ?? { r: null, ratio: Number.NaN },
  );
  const jsonGoal: Goal = {
    goal: 'JSON: API ≥ 0.8 × requests/s of the bare node:http server sending the same bytes, for a list, a record and a comparison, at 1, 10 and 100 connections, with and without Accept-Encoding: br, gzip',
    measured: worst.r
      ? `worst ${f2(worst.ratio)} (${worst.r.path}, ${worst.r.contentEncoding ?? 'identity'}, ${worst.r.connections} conn.); best ${f2(Math.max(...ratios.map((x) => x.ratio)))}`
      : 'not run',
    met: worst.r ? worst.ratio >= 0.8 : null,
  };

  const full = csv.at(-1);
  const copyGoal: Goal = full?.copy
    ? {
        goal: 'CSV: API export ≥ 0.5 × rows/s of PostgreSQL COPY TO STDOUT',
        measured: `${f2(full.api.rows / full.api.seconds / (full.copy.rows / full.copy.seconds))} at ${full.api.rows.toLocaleString('en')} rows`,
        met: full.api.rows / full.api.seconds >= 0.5 * (full.copy.rows / full.copy.seconds),
      }
    : {
        goal: 'CSV: API export ≥ 0.5 × rows/s of PostgreSQL COPY TO STDOUT',
        measured: `skipped: ${pgliteReason ?? 'no COPY run'}`,
        met: null,
      };

  const tenth = csv.length > 1 ? csv[0] : undefined;
  let flat: Goal = { goal: 'CSV: flat memory', measured: 'needs two export sizes', met: null };
  if (tenth && full) {
    // Flat = the peak at 10× the rows is no more than 32 MiB (or 10 %) above the peak at 1×.
    const allowance = Math.max(32, 0.1 * tenth.api.peakMb);
    const diff = full.api.peakMb - tenth.api.peakMb;
    flat = {
      goal: `CSV: flat memory — peak RSS at ${full.api.rows.toLocaleString('en')} rows ≤ peak at ${tenth.api.rows.toLocaleString('en')} rows + max(32 MiB, 10 %)`,
      measured: `${tenth.api.peakMb} → ${full.api.peakMb} MiB (${diff >= 0 ? '+' : ''}${diff} MiB; allowance ${Math.round(allowance)} MiB)`,
      met: diff <= allowance,
    };
  }
  return [jsonGoal, copyGoal, flat];
}
