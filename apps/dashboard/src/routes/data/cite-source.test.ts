import { describe, expect, it } from 'vitest';
import { citationDate, citeSource } from './cite-source.ts';

const digest = {
  author: 'Shannon Vaughn',
  title: 'From Vouchers to Visas',
  title_zh: '從算力券到簽證',
  publisher: 'Taipei Forum',
  published_on: '2025-09-10',
  url: 'https://www.taipeiforum.org.tw/article_d.php?id=17185',
};

describe('citationDate', () => {
  it('writes the day in either language', () => {
    expect(citationDate('2025-09-10', 'en')).toBe('10 September 2025');
    expect(citationDate('2025-09-10', 'zh-hant')).toBe('2025年9月10日');
  });
  it('says so when the document states no date, rather than inventing one', () => {
    expect(citationDate(null, 'en')).toBe('date not stated');
    expect(citationDate(null, 'zh-hant')).toBe('未載明日期');
  });
});

describe('citeSource', () => {
  it('cites in English with the English title', () => {
    expect(citeSource(digest, 'en')).toBe(
      'Shannon Vaughn. “From Vouchers to Visas”. Taipei Forum, 10 September 2025. https://www.taipeiforum.org.tw/article_d.php?id=17185',
    );
  });
  it('cites in Chinese with the Chinese title in title marks', () => {
    expect(citeSource({ ...digest, published_on: null }, 'zh-hant')).toBe(
      'Shannon Vaughn，〈從算力券到簽證〉，Taipei Forum，未載明日期。https://www.taipeiforum.org.tw/article_d.php?id=17185',
    );
  });
});
