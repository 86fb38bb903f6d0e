/** Where a paged list stands and the links that move through it, all as plain URLs (no script needed). */
export interface Pager {
  page: number;
  pages: number;
  /** The 1-based numbers of the first and last items shown (0 and 0 when there are none). */
  first: number;
  last: number;
  total: number;
  /** First and last only where they add a step beyond previous and next. */
  firstHref: string | null;
  prevHref: string | null;
  nextHref: string | null;
  lastHref: string | null;
}

/**
 * Page numbers as the URL gives them (`?page=3`, or under another name for a page's second list):
 * anything but a whole number from 1 reads as the first page.
 */
export function pageParam(params: URLSearchParams, name = 'page'): number {
  const raw = params.get(name);
  return raw !== null && /^\d{1,6}$/.test(raw) && Number(raw) >= 1 ? Number(raw) : 1;
}

export const pageCount = (total: number, perPage: number) => Math.max(1, Math.ceil(total / perPage));

/** The pager of page `page` of `total` items, `shown` of them on this page. */
export function pager(page: number, total: number, perPage: number, shown: number, hrefFor: (page: number) => string): Pager {
  const pages = pageCount(total, perPage);
  const first = shown === 0 ? 0 : (page - 1) * perPage + 1;
  return {
    page,
    pages,
    first,
    last: shown === 0 ? 0 : first + shown - 1,
    total,
    firstHref: page > 2 ? hrefFor(1) : null,
    prevHref: page > 1 ? hrefFor(page - 1) : null,
    nextHref: page < pages ? hrefFor(page + 1) : null,
    lastHref: page < pages - 1 ? hrefFor(pages) : null,
  };
}

/**
 * Fetches page `asked` of a list; past the end (a link kept from a longer list) it answers the last
 * page instead of an empty one.
 */
export async function fetchPage<T>(
  asked: number,
  perPage: number,
  fetch: (page: { offset: number; limit: number }) => Promise<{ items: T[]; total: number }>,
): Promise<{ page: number; items: T[]; total: number }> {
  const result = await fetch({ offset: (asked - 1) * perPage, limit: perPage });
  const last = pageCount(result.total, perPage);
  if (asked <= last) return { page: asked, ...result };
  return { page: last, ...(await fetch({ offset: (last - 1) * perPage, limit: perPage })) };
}
