import { checkCaching, type CachingCheck } from './caching-checks.ts';
import type { BenchConfig } from './config.ts';
import { startChild, type Child } from './children.ts';
import { startDashboardServer, type DashboardServer } from './dashboard-server.ts';
import { runLoad, type LoadResult } from './http-bench.ts';
import { fetchOnce } from './http-get.ts';
import { languages, localized, pages } from '../e2e/pages.ts';

export interface PageRow {
  path: string;
  contentEncoding: string | undefined;
  bodyBytes: number;
  baseline: LoadResult;
  dashboard: LoadResult;
}

/** Connections per page: a few readers at once, more than the two render slots. */
export const PAGE_CONNECTIONS = 10;
/** What a browser sends: pages are measured as readers get them. */
export const PAGE_ENCODING = 'br, gzip';

export interface PagePhase {
  rows: PageRow[];
  caching: CachingCheck[];
}

/**
 * Every page in both languages, served by `npm start` on the bench's database, against a bare
 * node:http server sending the same bytes. The first request of each page renders it; the load
 * that follows measures what readers get after that, from the page cache. Then what the same
 * servers tell caches outside the process.
 */
export async function runPagePhase(config: BenchConfig, databaseUrl: string | null, signal: AbortSignal): Promise<PagePhase> {
  const paths = pages.flatMap((p) => languages.map((l) => localized(l.prefix, p.path)));
  const headers = { 'accept-encoding': PAGE_ENCODING };
  let server: DashboardServer | null = null;
  let baseline: Child | null = null;
  try {
    server = await startDashboardServer({
      LOG_LEVEL: config.logLevel,
      ...(databaseUrl ? { DATABASE_URL: databaseUrl } : {}),
    });
    baseline = await startChild(
      'baseline-server.ts',
      { BENCH_API_URL: server.base, BENCH_PATHS: JSON.stringify(paths), BENCH_ENCODINGS: JSON.stringify([PAGE_ENCODING]) },
      60_000,
    );
    const rows: PageRow[] = [];
    for (const path of paths) {
      const sample = await fetchOnce(`${server.base}${path}`, 30_000, headers);
      if (sample.status !== 200) throw new Error(`${path} answered ${sample.status}`);
      const measure = async (base: string) => {
        await runLoad(`${base}${path}`, PAGE_CONNECTIONS, config.warmupSeconds, signal, undefined, headers);
        return runLoad(`${base}${path}`, PAGE_CONNECTIONS, config.seconds, signal, undefined, headers);
      };
      const bare = await measure(baseline.ready.url);
      const dashboard = await measure(server.base);
      rows.push({ path, contentEncoding: sample.encoding, bodyBytes: sample.body.length, baseline: bare, dashboard });
      console.log(`page ${path}: dashboard ${dashboard.rps.toFixed(0)} rps, bare ${bare.rps.toFixed(0)} rps (${(dashboard.rps / bare.rps).toFixed(2)})`);
    }
    return { rows, caching: await checkCaching(server.base, server.api) };
  } finally {
    await baseline?.stop();
    await server?.stop();
  }
}
