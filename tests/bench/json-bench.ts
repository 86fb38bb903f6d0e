import type { BenchConfig } from './config.ts';
import { startChild, type Child } from './children.ts';
import { fetchOnce } from './http-get.ts';
import { runLoad, type LoadResult } from './http-bench.ts';

export interface JsonRow {
  path: string;
  /** The Accept-Encoding sent ('' = none) and the Content-Encoding answered. */
  acceptEncoding: string;
  contentEncoding: string | undefined;
  connections: number;
  bodyBytes: number;
  contentType: string;
  baseline: LoadResult;
  api: LoadResult;
}

export interface JsonPhase {
  rows: JsonRow[];
  database: string;
}

/**
 * The API and the bare baseline, each in its own process, measured one after the other on each
 * target and connection count (same machine, same minute), each after a short warm-up.
 */
export async function runJsonPhase(
  config: BenchConfig,
  dbEnv: Record<string, string>,
  signal: AbortSignal,
): Promise<JsonPhase> {
  let api: Child | null = null;
  let baseline: Child | null = null;
  try {
    api = await startChild(
      'api-process.ts',
      { ...dbEnv, BENCH_CHILD_LOG_LEVEL: config.logLevel },
      120_000,
    );
    baseline = await startChild(
      'baseline-server.ts',
      { BENCH_API_URL: api.ready.url, BENCH_PATHS: JSON.stringify(config.targets), BENCH_ENCODINGS: JSON.stringify(config.encodings) },
      30_000,
    );
    // Once per server and target, under load, before anything is measured: the first measurement
    // otherwise catches the baseline (and autocannon itself) before V8 has optimised them.
    for (const path of config.targets) {
      for (const server of [baseline, api]) {
        await runLoad(`${server.ready.url}${path}`, 10, config.warmupSeconds * 2, signal);
      }
    }
    const rows: JsonRow[] = [];
    for (const path of config.targets) {
      for (const acceptEncoding of config.encodings) {
        const headers: Record<string, string> = acceptEncoding ? { 'accept-encoding': acceptEncoding } : {};
        const sample = await fetchOnce(`${api.ready.url}${path}`, 10_000, headers);
        if (sample.status !== 200)
          throw new Error(`${path} answered ${sample.status}: ${sample.body.toString().slice(0, 200)}`);
        for (const connections of config.connections) {
          const measure = async (server: Child) => {
            const url = `${server.ready.url}${path}`;
            await runLoad(url, connections, config.warmupSeconds, signal, undefined, headers);
            return runLoad(url, connections, config.seconds, signal, undefined, headers);
          };
          const baselineResult = await measure(baseline);
          const apiResult = await measure(api);
          rows.push({
            path,
            acceptEncoding,
            contentEncoding: sample.encoding,
            connections,
            bodyBytes: sample.body.length,
            contentType: sample.type,
            baseline: baselineResult,
            api: apiResult,
          });
          console.log(
            `json ${path}${acceptEncoding ? ` (${acceptEncoding})` : ''} c=${connections}: api ${apiResult.rps.toFixed(0)} rps, baseline ${baselineResult.rps.toFixed(0)} rps (${(apiResult.rps / baselineResult.rps).toFixed(2)})`,
          );
        }
      }
    }
    return { rows, database: api.ready.database ?? '?' };
  } finally {
    await baseline?.stop();
    await api?.stop();
  }
}
