/**
 * How long caches outside the process may keep an answer, one rule per kind of URL. The dataset
 * changes only with a release, at an unannounced moment, so an answer of the current data cannot
 * be fresh for long; but checking it again is cheap (its ETag derives from the dataset version, so
 * a revalidation is a 304 that touches no table). Hence:
 * - browsers keep it a minute (`max-age=60`): a reader sees a new release within a minute;
 * - shared caches (a CDN, a reverse proxy) keep it ten minutes (`s-maxage=600`), then may still
 *   answer it once while they revalidate (`stale-while-revalidate=3600`), so after a release no
 *   shared cache serves the previous data much past ten minutes (an hour and ten at the most,
 *   once per URL), unless purged sooner;
 * - while the database is away (our 503s are `no-store`), shared caches may keep answering what
 *   they hold for a day (`stale-if-error=86400`): the data is read-only and versioned.
 * A release's own files never change, so they are cached for good. Errors are never stored.
 */
export const CURRENT_DATA_CACHE = 'public, max-age=60, s-maxage=600, stale-while-revalidate=3600, stale-if-error=86400';
export const IMMUTABLE_CACHE = 'public, max-age=31536000, immutable';
export const NEVER_STORED = 'no-store';

export interface CachePolicy {
  cacheControl: string;
  /** Request headers the answer depends on, besides the URL: what a cache must key on. */
  vary: string[];
  /** Whether the answer's ETag (and so its bytes) depends on the Accept header. */
  negotiated: boolean;
}

/** A numbered release's download: its bytes are fixed when the release is made. */
const releaseFile = /^\/v1\/releases\/[^/]+\/datasets\.zip$/;
/** Whole-dataset downloads answer one media type whatever Accept says. */
const download = /^\/v1\/(datasets\/[^/]+\.csv|datasets\.zip)$/;

/** The cache policy of a successful GET of `path` under /v1. */
export function cachePolicy(path: string): CachePolicy {
  if (releaseFile.test(path)) return { cacheControl: IMMUTABLE_CACHE, vary: ['Accept-Encoding'], negotiated: false };
  if (download.test(path)) return { cacheControl: CURRENT_DATA_CACHE, vary: ['Accept-Encoding'], negotiated: false };
  // Lists and comparisons answer JSON or CSV by Accept; JSON-only routes refuse other types by it.
  return { cacheControl: CURRENT_DATA_CACHE, vary: ['Accept', 'Accept-Encoding'], negotiated: true };
}
