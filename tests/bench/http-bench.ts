import autocannon from 'autocannon';

export interface LoadResult {
  rps: number;
  /** Latency percentiles in milliseconds, from every 2xx response (sub-millisecond precision). */
  p50: number;
  p99: number;
  ok: number;
  errors: number;
  non2xx: number;
}

// Bounded: at most this many latencies are kept (a few minutes at 20k requests/s).
const MAX_SAMPLES = 5_000_000;

function percentile(sorted: Float64Array, p: number): number {
  if (sorted.length === 0) return Number.NaN;
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] as number;
}

/**
 * `connections` keep-alive connections hammer `url` for `seconds`. autocannon's own histogram
 * has 1 ms resolution, too coarse for a local server at one connection (p50 would read 0 ms), so
 * each response's time is recorded here as well. Only the given headers are sent (no
 * Accept-Encoding unless among them: identity bodies).
 */
export async function runLoad(
  url: string,
  connections: number,
  seconds: number,
  signal: AbortSignal,
  /** Paths each connection cycles through, in place of `url`'s; `[<id>]` in one becomes a new id each time. */
  paths?: string[],
  headers: Record<string, string> = {},
): Promise<LoadResult> {
  signal.throwIfAborted();
  const times = new Float64Array(MAX_SAMPLES);
  let n = 0;
  const started = performance.now();
  const requests = paths?.map((path) => ({ path }));
  const unique = paths?.some((p) => p.includes('[<id>]')) ?? false;
  const instance = autocannon({ url, connections, duration: seconds, timeout: 10, headers, ...(requests ? { requests, idReplacement: unique } : {}) });
  instance.on('response', (_client: unknown, status: number, _bytes: number, ms: number) => {
    if (status >= 200 && status < 300 && n < MAX_SAMPLES) times[n++] = ms;
  });
  const stop = () => instance.stop();
  signal.addEventListener('abort', stop, { once: true });
  try {
    const result = await instance;
    signal.throwIfAborted();
    const elapsed = (performance.now() - started) / 1000;
    const sorted = times.subarray(0, n).sort();
    return {
      rps: result['2xx'] / Math.max(elapsed, result.duration, 1e-3),
      p50: percentile(sorted, 50),
      p99: percentile(sorted, 99),
      ok: result['2xx'],
      errors: result.errors,
      non2xx: result.non2xx,
    };
  } finally {
    signal.removeEventListener('abort', stop);
  }
}
