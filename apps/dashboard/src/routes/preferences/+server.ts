import { error, redirect } from '@sveltejs/kit';
import { LANG_COOKIE, PREFERENCE_MAX_AGE, safeReturnPath, themes, THEME_COOKIE } from '$lib/preferences';
import { secureCookies } from '$lib/server/env';
import type { RequestHandler } from './$types';

/**
 * Stores a preference (theme or language) in a cookie and returns to the page: plain links, so the
 * switches work without JavaScript.
 */
export const GET: RequestHandler = ({ url, cookies }) => {
  const theme = url.searchParams.get('theme');
  const lang = url.searchParams.get('lang');
  const options = { path: '/', maxAge: PREFERENCE_MAX_AGE, sameSite: 'lax' as const, httpOnly: false, secure: secureCookies };
  if (theme !== null) {
    if (!(themes as readonly string[]).includes(theme)) error(400, `theme must be one of ${themes.join(', ')}`);
    cookies.set(THEME_COOKIE, theme, options);
  }
  if (lang !== null) {
    if (lang !== 'en' && lang !== 'zh-hant') error(400, 'lang must be en or zh-hant');
    cookies.set(LANG_COOKIE, lang, options);
  }
  redirect(303, safeReturnPath(url.searchParams.get('to')));
};
