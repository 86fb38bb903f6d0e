import { ARTICLE, ARTICLE_SECTIONS, DIGEST, DIGEST_SECTIONS } from './sources.ts';

/** Where a claim stands in the article: its section and the short literal text that states it. */
export function article(section: keyof typeof ARTICLE_SECTIONS, source_text: string) {
  return { source_id: ARTICLE, locator: ARTICLE_SECTIONS[section], source_text };
}

/**
 * Where a claim stands in the bilingual digest, which states each fact in both halves: the Chinese
 * half (摘要) is the claim's place, the English half (Summary) its other location.
 */
export function digest(zh: string, en: string) {
  return {
    source_id: DIGEST,
    locator: DIGEST_SECTIONS.zh,
    source_text: zh,
    other_locations: [{ locator: DIGEST_SECTIONS.en, source_text: en }],
  };
}
