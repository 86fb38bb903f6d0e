import { createHash } from 'node:crypto';
import { themeOfCookies } from '$lib/preferences';
import { themeCss } from '$lib/server/theme-css';
import type { RequestHandler } from './$types';

/**
 * The reader's theme as a stylesheet, chosen by the theme cookie: kept by the browser only
 * (`private`), checked again on each page load (`no-cache`), which the ETag makes a 304.
 */
export const GET: RequestHandler = ({ request }) => {
  const css = themeCss(themeOfCookies(request.headers.get('cookie') ?? ''));
  const etag = `"${createHash('sha256').update(css).digest('base64url').slice(0, 16)}"`;
  const headers = { 'Content-Type': 'text/css; charset=utf-8', 'Cache-Control': 'private, no-cache', Vary: 'Cookie', ETag: etag };
  const held = request.headers.get('if-none-match')?.split(',').map((t) => t.trim().replace(/^W\//, ''));
  return held?.includes(etag) ? new Response(null, { status: 304, headers }) : new Response(css, { headers });
};
