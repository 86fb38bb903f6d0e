export const themes = ['system', 'light', 'dark'] as const;
export type Theme = (typeof themes)[number];

export const THEME_COOKIE = 'theme';
export const LANG_COOKIE = 'lang';
/** A year: preferences outlive the session. */
export const PREFERENCE_MAX_AGE = 60 * 60 * 24 * 365;

export function readTheme(value: string | undefined): Theme {
  return (themes as readonly string[]).includes(value ?? '') ? (value as Theme) : 'system';
}

/** The theme a Cookie header (or `document.cookie`) asks for. */
export function themeOfCookies(cookies: string): Theme {
  return readTheme(/(?:^|;\s*)theme=([^;]*)/.exec(cookies)?.[1]);
}

/**
 * Where to go back to after a preference change: only a path on this site, else the home page.
 * Resolved as a browser would (which drops tabs and line breaks, and reads `\\` as `/`), so
 * `/\t/evil.example` cannot become `//evil.example`; the result is re-serialised, so no control
 * or non-Latin-1 character reaches the Location header.
 */
export function safeReturnPath(to: string | null): string {
  if (!to?.startsWith('/')) return '/';
  const here = 'http://here.invalid';
  let target: URL;
  try {
    target = new URL(to, here);
  } catch {
    return '/';
  }
  // Dot segments resolved away (`/.//evil.example`) can leave a path that itself reads as a host.
  if (target.origin !== here || /^[/\\]{2}/.test(target.pathname)) return '/';
  return `${target.pathname}${target.search}${target.hash}`;
}
