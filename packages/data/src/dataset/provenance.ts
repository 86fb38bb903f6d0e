import { ARTICLE, ARTICLE_SECTIONS, DIGEST, DIGEST_SECTIONS } from './sources.ts';

/** Where a claim stands in the article: its section and the short literal text that states it. */
export function article(section: keyof typeof ARTICLE_SECTIONS, source_text: string) {
  return { source_id: ARTICLE, locator: ARTICLE_SECTIONS[section], source_text };
}

/** Where a claim stands in the Taipei Forum digest: `zh` (摘要) or `en` (Summary). */
export function digest(section: keyof typeof DIGEST_SECTIONS, source_text: string) {
  return { source_id: DIGEST, locator: DIGEST_SECTIONS[section], source_text };
}
