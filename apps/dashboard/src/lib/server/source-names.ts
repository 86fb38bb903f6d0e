import type { Source } from '@aiwatch/data/schemas';
import { locale } from '$lib/i18n/locale';
import { textLang } from './written-lang.ts';

/** A name as pages show it, with the language it is written in for its `lang` attribute. */
export interface Named {
  text: string;
  lang: 'zh-Hant' | 'en';
}

/**
 * Text the data records as written (in English) with our Chinese for it: the Chinese on Chinese
 * pages where there is one, else the text as written, marked with its own language.
 */
export function localName(written: string, zh: string | null | undefined): Named {
  const text = locale() === 'zh-hant' ? (zh ?? written) : written;
  return { text, lang: textLang(text) };
}

/** The publisher in the reader's language where it has a name in it; otherwise as it names itself. */
export function publisherName(s: Pick<Source, 'publisher' | 'publisher_zh'>): Named {
  return localName(s.publisher, s.publisher_zh);
}
