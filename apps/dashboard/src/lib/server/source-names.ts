import type { Source } from '@aiwatch/data/schemas';
import { locale } from '$lib/i18n/locale';
import { textLang } from './written-lang.ts';

/** A name as pages show it, with the language it is written in for its `lang` attribute. */
export interface Named {
  text: string;
  lang: 'zh-Hant' | 'en';
}

/** The publisher in the reader's language where it has a name in it; otherwise as it names itself. */
export function publisherName(s: Pick<Source, 'publisher' | 'publisher_zh'>): Named {
  const text = locale() === 'zh-hant' ? (s.publisher_zh ?? s.publisher) : s.publisher;
  return { text, lang: textLang(text) };
}
