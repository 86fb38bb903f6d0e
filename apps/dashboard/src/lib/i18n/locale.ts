import type { DisplayLocale } from '@aiwatch/data/numbers';
import { getLocale, localizeHref } from '$lib/paraglide/runtime';

export type Locale = 'en' | 'zh-hant';

export const locale = (): Locale => getLocale() as Locale;

/** The number helper's name for the current locale. */
export const displayLocale = (): DisplayLocale => (locale() === 'zh-hant' ? 'zh-Hant' : 'en');

/** A path in the current language (`/companies` → `/zh-hant/companies`). */
export const href = (path: string): string => localizeHref(path);

/** Picks the English or Chinese text of a record (`name_en` / `name_zh` …). */
export function pick<T extends object>(record: T, field: string): string {
  const fields = record as Record<string, unknown>;
  const zh = fields[`${field}_zh`];
  const en = fields[`${field}_en`];
  return String((locale() === 'zh-hant' ? (zh ?? en) : (en ?? zh)) ?? '');
}
