import type { BenchDatabase } from './database.ts';
import { startChild } from './children.ts';
import { copyToStdout, exportViaApi, type ApiExport, type Transfer } from './csv-bench.ts';
import { fetchOnce } from './http-get.ts';
import { copySynthetic } from './synthetic-load.ts';

export interface CsvStep {
  /** Synthetic figures in the table (the real ones come on top). */
  synthetic: number;
  insertSeconds: number;
  api: ApiExport;
  copy: Transfer | null;
}

// Generous but finite: 1M rows export in well under a minute on the reference machine.
const timeoutFor = (rows: number) => Math.max(120_000, rows * 2);

/**
 * The figures CSV at a tenth of `rows` and at `rows` synthetic figures, each export from a
 * freshly started API process (so the peak RSS of one export does not carry into the next).
 * PostgreSQL: rows are COPYed in by the bench, and COPY TO STDOUT is measured beside the API.
 * PGlite: each API process inserts its own rows; there is no COPY to compare with.
 */
export async function runCsvPhase(
  db: BenchDatabase,
  rows: number,
  logLevel: string,
  signal: AbortSignal,
): Promise<CsvStep[]> {
  const steps = [...new Set([Math.max(1, Math.round(rows / 10)), rows])];
  const results: CsvStep[] = [];
  let inserted = 0;
  for (const synthetic of steps) {
    signal.throwIfAborted();
    const t0 = performance.now();
    let env: Record<string, string>;
    if (db.kind === 'postgres') {
      console.log(`csv: COPY synthetic figures ${inserted + 1}..${synthetic} into PostgreSQL`);
      await copySynthetic(db.url, inserted + 1, synthetic + 1, signal);
      inserted = synthetic;
      env = { BENCH_CHILD_DB: db.url };
    } else {
      console.log(`csv: PGlite API process inserting ${synthetic} synthetic figures`);
      env = { BENCH_CHILD_DB: 'memory', BENCH_CHILD_SYNTHETIC: String(synthetic) };
    }
    const api = await startChild(
      'api-process.ts',
      { ...env, BENCH_CHILD_LOG_LEVEL: logLevel },
      timeoutFor(synthetic) * 3,
    );
    const insertSeconds = (performance.now() - t0) / 1000;
    try {
      // A small CSV first, so the export path's modules are loaded before the "before" RSS.
      await fetchOnce(`${api.ready.url}/v1/datasets/metrics.csv`);
      const copy =
        db.kind === 'postgres' ? await copyToStdout(db.url, timeoutFor(synthetic), signal) : null;
      const exported = await exportViaApi(
        `${api.ready.url}/v1/datasets/figures.csv`,
        api.pid,
        timeoutFor(synthetic),
        signal,
      );
      console.log(
        `csv ${synthetic} rows: api ${(exported.rows / exported.seconds).toFixed(0)} rows/s, peak RSS ${exported.peakMb} MiB (before ${exported.rssBeforeMb})` +
          (copy ? `, COPY ${(copy.rows / copy.seconds).toFixed(0)} rows/s` : ''),
      );
      results.push({ synthetic, insertSeconds, api: exported, copy });
    } finally {
      await api.stop();
    }
  }
  return results;
}
