export const themes = ['system', 'light', 'dark'] as const;
export type Theme = (typeof themes)[number];

export const THEME_COOKIE = 'theme';
export const LANG_COOKIE = 'lang';
/** A year: preferences outlive the session. */
export const PREFERENCE_MAX_AGE = 60 * 60 * 24 * 365;

export function readTheme(value: string | undefined): Theme {
  return (themes as readonly string[]).includes(value ?? '') ? (value as Theme) : 'system';
}

/** Only same-site paths are followed after a preference change (no open redirect). */
export function safeReturnPath(to: string | null): string {
  return to && to.startsWith('/') && !to.startsWith('//') && !to.startsWith('/\\') ? to : '/';
}
