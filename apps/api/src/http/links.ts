import type { Context } from 'hono';

/** The URL of the next page: this request's URL with `cursor` replaced. */
export function nextPageUrl(c: Context, cursor: string): string {
  const url = new URL(c.req.url);
  url.searchParams.set('cursor', cursor);
  return `${url.pathname}${url.search}`;
}

export function linkHeader(next: string | null): Record<string, string> {
  return next ? { Link: `<${next}>; rel="next"` } : {};
}
