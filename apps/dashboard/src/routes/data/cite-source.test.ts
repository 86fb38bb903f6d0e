import { describe, expect, it } from 'vitest';
import { citationDate, citeSource } from './cite-source.ts';

const digest = {
  author: 'Shannon Vaughn',
  title: 'From Vouchers to Visas',
  title_zh: '從算力券到簽證',
  title_original: 'en' as const,
  publisher: 'Taipei Forum',
  publisher_zh: '台北論壇',
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
  it('cites in Chinese under the document’s own title, ours as its translation, and the publisher’s Chinese name', () => {
    expect(citeSource({ ...digest, published_on: null }, 'zh-hant')).toBe(
      'Shannon Vaughn，“From Vouchers to Visas”（中譯〈從算力券到簽證〉），台北論壇，未載明日期。https://www.taipeiforum.org.tw/article_d.php?id=17185',
    );
  });
  it('cites a Chinese document under its Chinese title in English too, with our translation', () => {
    const article = { ...digest, title: 'On AI', title_zh: '論AI', title_original: 'zh' as const, publisher: 'Example Group', publisher_zh: null };
    expect(citeSource(article, 'en')).toBe('Shannon Vaughn. 〈論AI〉 [On AI]. Example Group, 10 September 2025. https://www.taipeiforum.org.tw/article_d.php?id=17185');
    expect(citeSource(article, 'zh-hant')).toContain('〈論AI〉，Example Group，');
  });
});

describe('citeSource for a dataset release', () => {
  const epoch = {
    kind: 'dataset' as const,
    author: 'Epoch AI',
    title: 'Data on AI Models',
    title_zh: 'AI模型資料',
    title_original: 'en' as const,
    publisher: 'Epoch AI',
    publisher_zh: null,
    published_on: null,
    url: 'https://epoch.ai/data/ai-models',
    licence: 'CC-BY-4.0',
    sha256: '5d81f5cce379759011a666fba8bbe35fac3853c63583815908aeeec5fc76fc10',
    row_count: 2228,
  };
  it('names the release by its rows and file hash, and the licence, in either language', () => {
    expect(citeSource(epoch, 'en')).toBe(
      'Epoch AI. “Data on AI Models” [data set], release of 2228 rows, file sha256 5d81f5cce379. CC-BY-4.0. https://epoch.ai/data/ai-models',
    );
    expect(citeSource(epoch, 'zh-hant')).toBe(
      'Epoch AI，〈Data on AI Models〉（資料集），2228 列之版本，檔案 sha256 5d81f5cce379，CC-BY-4.0。https://epoch.ai/data/ai-models',
    );
  });
});
