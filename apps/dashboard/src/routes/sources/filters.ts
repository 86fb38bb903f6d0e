import { reviewStatuses, type Review } from '@aiwatch/data/schemas';

export type Status = Review['status'];

/** Claims the Sources page lists at a time: a document of ordinary length in two or three pages. */
export const CLAIMS_PER_PAGE = 30;

/** Documents the list of documents shows at a time (beside the claims of the page). */
export const DOCUMENTS_LISTED = 10;

/** Documents the source menu offers at most (the most claimed, and the one chosen). */
export const DOCUMENT_CHOICES = 20;

/** Dataset releases listed at a time, newest first. */
export const DATASETS_LISTED = 3;

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

/** Which stretch of the page's other lists is shown, 1-based: the documents (`docs`) and datasets (`datasets`); written when given. */
export interface ListPages {
  docs?: number;
  datasets?: number;
}

/** The query string of a filtered view, leaving out what is "all" or the first page: `?source=x&status=disputed&page=2`. */
export function filterSearch(f: SourceFilters, page = 1, lists: ListPages = {}): string {
  const params = new URLSearchParams();
  if (f.source) params.set('source', f.source);
  if (f.status) params.set('status', f.status);
  if (page > 1) params.set('page', String(page));
  for (const [name, at] of Object.entries(lists)) if (at !== undefined) params.set(name, String(at));
  const search = params.toString();
  return search ? `?${search}` : '';
}

export type StatusCounts = Record<Status | 'all', number>;

/** How many claims have each review status, from counts per status. */
export function countByStatus(counts: readonly { status: Status; claims: number }[]): StatusCounts {
  const sums: StatusCounts = { all: 0, corroborated: 0, disputed: 0, unverified: 0 };
  for (const c of counts) {
    sums.all += c.claims;
    sums[c.status] += c.claims;
  }
  return sums;
}

const byteOrder = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/**
 * A document's sections in reading order: its headings, then any other locator its claims name (the
 * data validation forbids those, but a new source could slip), so no claim disappears.
 */
export function sectionOrder(sections: readonly string[], locators: Iterable<string>): string[] {
  return [...sections, ...[...new Set(locators)].filter((l) => !sections.includes(l)).sort(byteOrder)];
}

/** Claims under the document's section headings, in reading order, sections without claims included. */
export function groupBySection<T extends { locator: string }>(
  sections: readonly string[],
  claims: readonly T[],
): { section: string; claims: T[] }[] {
  return sectionOrder(sections, claims.map((c) => c.locator)).map((section) => ({ section, claims: claims.filter((c) => c.locator === section) }));
}
