import { describe, expect, it } from 'vitest';
import { dataset } from './index.ts';

/** Lower-case English words of three letters or more: our words, where a Chinese line should have none. */
const englishWords = (text: string) =>
  text
    .replace(/\b[\w-]+(\.[\w-]+)+\b/g, '')
    .match(/(?<![A-Za-z0-9-])[a-z]{3,}(?![A-Za-z0-9])/g) ?? [];

describe('what the dataset writes in English it also writes in Traditional Chinese', () => {
  it('every news publisher has a Chinese line, and articles’ Chinese titles are Chinese', () => {
    const articles = dataset.sources.filter((s) => s.kind === 'article');
    expect(articles.filter((s) => s.publisher_zh === null).map((s) => s.publisher)).toEqual([]);
    expect(articles.flatMap((s) => [s.publisher_zh ?? '', s.title_zh, s.summary_zh]).filter((t) => englishWords(t).length > 0)).toEqual([]);
  });

  it('every round a report names has a Chinese name', () => {
    const unnamed = [...dataset.company_facts, ...dataset.fact_groups].filter((f) => f.round !== null && f.round_zh == null);
    expect(unnamed.map((f) => f.round)).toEqual([]);
  });

  it('every exchange rate’s source has a Chinese line', () => {
    const unnamed = dataset.company_facts.filter((f) => f.usd?.rate_source != null && f.usd.rate_source_zh == null);
    expect(unnamed.map((f) => f.usd?.rate_source)).toEqual([]);
  });

  it('every reference a review or an entity cites has a Chinese label', () => {
    const reviews = [...dataset.figures, ...dataset.events, ...dataset.relations].map((c) => c.review);
    const cited = [...reviews, ...dataset.entities].filter((r) => r.reference_title !== null);
    expect(cited.filter((r) => r.reference_title_zh == null).map((r) => r.reference_title)).toEqual([]);
    expect(cited.map((r) => r.reference_title_zh ?? '').filter((t) => englishWords(t).length > 0)).toEqual([]);
  });
});
