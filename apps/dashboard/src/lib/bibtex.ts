import type { Source } from '@aiwatch/data/schemas';

/** BibTeX's special characters, escaped so a value prints as written. */
export const bibEscape = (s: string) => s.replace(/([{}\\&%$#_])/g, '\\$1');

export const bibField = (name: string, value: string) => `  ${name} = {${bibEscape(value)}},`;

/**
 * A title with every Latin word that has a capital braced (`{AI}`, `{China}'s`): styles that
 * lower-case titles would otherwise print "china's ai". In a title-case title this also keeps
 * ordinary words capitalised, as written: the lesser harm.
 */
export const bibTitle = (title: string) => bibEscape(title).replace(/[A-Za-z0-9]*[A-Z][A-Za-z0-9]*/g, '{$&}');

const languages: Record<Source['language'], string> = {
  'zh-Hant': 'chinese',
  'zh-Hans': 'chinese',
  en: 'english',
  'zh-Hant+en': 'chinese and english',
};

/** The document's language as biblatex's `language` field lists it. */
export const bibLanguage = (language: Source['language']) => languages[language];
