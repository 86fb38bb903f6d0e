import type { Handle, HandleServerError } from '@sveltejs/kit';
import { redirect } from '@sveltejs/kit';
import { sequence } from '@sveltejs/kit/hooks';
import { closeSharedDb, isDatabaseUnavailable } from '@aiwatch/db';
import { paraglideMiddleware } from '$lib/paraglide/server';
import { LANG_COOKIE, readTheme } from '$lib/preferences';

const preferences: Handle = ({ event, resolve }) => {
  event.locals.theme = readTheme(event.cookies.get('theme'));
  // The language is in the URL; the remembered choice only picks where the bare home page leads.
  if (event.url.pathname === '/' && event.cookies.get(LANG_COOKIE) === 'zh-hant') redirect(307, '/zh-hant/');
  return resolve(event);
};

const i18n: Handle = ({ event, resolve }) =>
  paraglideMiddleware(event.request, ({ request, locale }) => {
    event.request = request;
    return resolve(event, {
      transformPageChunk: ({ html }) =>
        html.replace('%paraglide.lang%', locale).replace('%theme%', event.locals.theme),
    });
  });

const securityHeaders: Handle = async ({ event, resolve }) => {
  const response = await resolve(event);
  response.headers.set('X-Content-Type-Options', 'nosniff');
  response.headers.set('Referrer-Policy', 'strict-origin-when-cross-origin');
  response.headers.set('Permissions-Policy', 'camera=(), microphone=(), geolocation=()');
  response.headers.set('Cross-Origin-Opener-Policy', 'same-origin');
  return response;
};

export const handle = sequence(preferences, i18n, securityHeaders);

export const handleError: HandleServerError = ({ error, status, message }) => {
  if (isDatabaseUnavailable(error)) return { message: 'database unavailable', unavailable: true };
  if (status >= 500) console.error(error);
  return { message };
};

process.on('sveltekit:shutdown', () => void closeSharedDb());
