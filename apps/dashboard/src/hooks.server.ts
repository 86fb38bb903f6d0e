import type { Handle, HandleServerError } from '@sveltejs/kit';
import { redirect } from '@sveltejs/kit';
import { sequence } from '@sveltejs/kit/hooks';
import { closeSharedDb, isDatabaseUnavailable, isRefusedText } from '@aiwatch/db';
import { logServer, RETRY_AFTER_SECONDS } from '$lib/server/db';
import { paraglideMiddleware } from '$lib/paraglide/server';
import { LANG_COOKIE } from '$lib/preferences';

/**
 * A path that begins with two slashes reads as another host wherever it is resolved as a URL
 * (`//evil.example`); there is no such page: lead to the same path with one slash.
 */
const leadingSlashes: Handle = ({ event, resolve }) => {
  const path = event.url.pathname;
  if (/^[/\\]{2}/.test(path)) redirect(308, `/${path.replace(/^[/\\]+/, '')}${event.url.search}`);
  return resolve(event);
};

const preferences: Handle = ({ event, resolve }) => {
  // The theme never reaches the HTML (routes/theme.css applies it). The language is in the URL; the remembered choice only picks where the bare home page leads.
  if (event.url.pathname === '/' && event.cookies.get(LANG_COOKIE) === 'zh-hant') redirect(307, '/zh-hant/');
  return resolve(event);
};

const i18n: Handle = ({ event, resolve }) =>
  paraglideMiddleware(event.request, ({ request, locale }) => {
    event.request = request;
    return resolve(event, {
      transformPageChunk: ({ html }) => html.replace('%paraglide.lang%', locale),
    });
  });


/**
 * Requests that failed for a reason with a status of its own, noted by handleError and answered
 * by `statusOfFailure`; keyed by their `locals`, the one object both see (SvelteKit copies the
 * event), since SvelteKit says 500 for any thrown error.
 */
const failedWith = new WeakMap<App.Locals, 400 | 503>();

/** The database being away is 503 with Retry-After; a URL holding text it refuses (NUL) is 400. */
const statusOfFailure: Handle = async ({ event, resolve }) => {
  const response = await resolve(event);
  const status = response.status === 503 ? 503 : response.status === 500 ? failedWith.get(event.locals) : undefined;
  if (!status) return response;
  const headers = new Headers(response.headers);
  if (status === 503) headers.set('Retry-After', String(RETRY_AFTER_SECONDS));
  headers.set('Cache-Control', 'no-store');
  return new Response(response.body, { status, headers });
};

export const handle = sequence(statusOfFailure, leadingSlashes, preferences, i18n);

export const handleError: HandleServerError = ({ error, event, status, message }) => {
  if (isRefusedText(error)) {
    failedWith.set(event.locals, 400);
    return { message: 'A URL may not contain a NUL character (%00).' };
  }
  if (isDatabaseUnavailable(error)) {
    failedWith.set(event.locals, 503);
    logServer('warn', 'database unavailable', { path: event.url.pathname, error: String(error) });
    return { message: 'database unavailable', unavailable: true };
  }
  if (status >= 500) logServer('error', 'unhandled error', { path: event.url.pathname, error: error instanceof Error ? (error.stack ?? String(error)) : String(error) });
  return { message };
};

process.on('sveltekit:shutdown', () => void closeSharedDb());
