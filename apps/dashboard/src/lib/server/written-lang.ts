const HAN = /[\u3000-\u303f\u3400-\u9fff\uf900-\ufaff\uff00-\uffef]/;

/**
 * The language a claim is written in, for the `lang` attribute of its quoted text: the
 * document's language, or for a bilingual document, Chinese where the text has Han characters
 * or full-width punctuation (`2025年春季`) and English otherwise (`Spring 2025`).
 */
export function writtenLang(sourceLanguage: string, text: string): 'zh-Hant' | 'en' {
  if (sourceLanguage === 'zh-Hant') return 'zh-Hant';
  if (sourceLanguage === 'en') return 'en';
  return textLang(text);
}

/** Chinese where a text has Han characters or full-width punctuation, English otherwise. */
export function textLang(text: string): 'zh-Hant' | 'en' {
  return HAN.test(text) ? 'zh-Hant' : 'en';
}
