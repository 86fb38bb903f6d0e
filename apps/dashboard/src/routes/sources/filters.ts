import { reviewStatuses, type Review } from '@aiwatch/data/schemas';

export type Status = Review['status'];

/** The Sources page's state, read from its URL (`?source=…&status=…`). */
export interface SourceFilters {
  source: string | null;
  status: Status | null;
}

/**
 * Reads the filters the GET form sends. An empty or unknown value means "all", so a hand-edited
 * URL never shows an empty page for a typo.
 */
export function parseSourceFilters(params: URLSearchParams, sourceIds: readonly string[]): SourceFilters {
  const source = params.get('source');
  const status = params.get('status');
  return {
    source: source && sourceIds.includes(source) ? source : null,
    status: status && (reviewStatuses as readonly string[]).includes(status) ? (status as Status) : null,
  };
}

/** The query string of a filtered view, leaving out what is "all": `?source=x&status=disputed`. */
export function filterSearch(f: SourceFilters): string {
  const params = new URLSearchParams();
  if (f.source) params.set('source', f.source);
  if (f.status) params.set('status', f.status);
  const search = params.toString();
  return search ? `?${search}` : '';
}

export type StatusCounts = Record<Status | 'all', number>;

/** How many claims have each review status. */
export function countByStatus(claims: readonly { review: { status: Status } }[]): StatusCounts {
  const counts: StatusCounts = { all: 0, corroborated: 0, disputed: 0, unverified: 0 };
  for (const c of claims) {
    counts.all++;
    counts[c.review.status]++;
  }
  return counts;
}

/**
 * Claims under the document's section headings, in document order. A claim whose locator is not
 * one of the headings (the data validation forbids it, but a new source could slip) still shows,
 * under its own locator at the end, rather than disappearing.
 */
export function groupBySection<T extends { locator: string }>(
  sections: readonly string[],
  claims: readonly T[],
): { section: string; claims: T[] }[] {
  const order = [...sections, ...claims.map((c) => c.locator).filter((l) => !sections.includes(l))];
  return [...new Set(order)].map((section) => ({ section, claims: claims.filter((c) => c.locator === section) }));
}
