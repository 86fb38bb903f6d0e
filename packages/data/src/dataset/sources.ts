import type { Source } from '../schemas/index.ts';

export const ARTICLE = 'taiwansig-2024-ai-tigers';
export const DIGEST = 'fpri-2025-vouchers-to-visas';

/** Section headings of the article, in document order (the `locator` of its claims). */
export const ARTICLE_SECTIONS = {
  preface: '前言：中國AI戰略的分水嶺',
  zhongguancun: '從模仿到本地化：中國矽谷「中關村」',
  selfReliance: '科技自主戰略：國家安全與市場競爭',
  transformation: '中國AI的戰略轉型',
  challenges: '中國AI的戰略挑戰',
} as const;

export const DIGEST_SECTIONS = { zh: '摘要', en: 'Summary' } as const;

const notATable = { licence: null, sha256: null, row_count: null, reliability: null };

export const sources: Source[] = [
  {
    id: ARTICLE,
    kind: 'document',
    file: '000_89ae78a84e1e2a83.txt',
    title: "China's AI strategic transformation and technological sovereignty: from the four dragons to the six tigers",
    title_zh: '中國AI的戰略轉型與科技主權：從四小龍到六小虎',
    title_original: 'zh',
    author: '李旻臻',
    publisher: 'Taiwan Security Research Group',
    publisher_zh: null,
    published_on: null,
    language: 'zh-Hant',
    // The site's address for its article 9035 (category 政策報告 › 兩岸國際), not its home page.
    url: 'https://www.taiwansig.tw/index.php/%E6%94%BF%E7%AD%96%E5%A0%B1%E5%91%8A/%E5%85%A9%E5%B2%B8%E5%9C%8B%E9%9A%9B/9035',
    sections: Object.values(ARTICLE_SECTIONS),
    summary_en:
      'A policy essay tracing how Beijing borrowed and localised the Silicon Valley model, from science funding and the Torch Program to Zhongguancun, then turned to self-reliance (Made in China 2025, Document 79). It contrasts the computer-vision "four dragons" with the LLM-focused "six tigers", their overseas expansion and funding, and argues that state steering may limit private innovation.',
    summary_zh:
      '本文回顧北京如何借鏡並在地化矽谷模式（科學基金、火炬計劃、中關村），再轉向科技自主（中國製造2025、79號文件）；比較專攻電腦視覺的「四小龍」與聚焦大型語言模型的「六小虎」及其海外布局與融資，並指出國家主導可能壓縮民間創新空間。',
    note_en:
      'Article 9035 of taiwansig.tw, in its section on cross-strait and international policy. Publication date not stated; the text was written after mid-2024. The author is a PhD researcher in international security at the Fletcher School.',
    note_zh: 'taiwansig.tw 第9035號文章，刊於「政策報告 › 兩岸國際」欄目。未載明發表日期；內容撰於2024年年中之後。作者為弗萊徹學院國際安全博士研究員。',
    ...notATable,
  },
  {
    id: DIGEST,
    kind: 'document',
    file: '002_ccdcabbdae56b434.txt',
    title: "From Vouchers to Visas: China's Innovative Plan for AI Dominance",
    title_zh: '從算力券到簽證：中國主導AI的創新計畫',
    title_original: 'en',
    author: 'Shannon Vaughn',
    publisher: 'Taipei Forum',
    publisher_zh: '台北論壇',
    published_on: '2025-09-10',
    language: 'zh-Hant+en',
    url: 'https://www.taipeiforum.org.tw/article_d.php?id=17185',
    sections: Object.values(DIGEST_SECTIONS),
    summary_en:
      "A bilingual digest of an FPRI analysis arguing that China runs a dual track: national champions build frontier models while local governments spread AI through compute vouchers, model vouchers, talent incentives and a new school curriculum.",
    summary_zh:
      '外交政策研究所（FPRI）分析的中英摘要：中國採「雙軌」策略，由國家級企業開發頂尖模型，地方政府則以算力券、模型券、人才補助與新的AI課程推動技術普及。',
    note_en:
      'The Taipei Forum\'s digest, in Chinese and English, of an article of the Foreign Policy Research Institute (FPRI). The digest names the author "Simon Vaughn"; reposts of the FPRI original name Shannon Vaughn. The original is dated 09/10/2025 (10 September 2025).',
    note_zh: '台北論壇對美國外交政策研究所（FPRI）一篇文章所作的中英文摘要。摘要將作者記為「Simon Vaughn」，FPRI原文轉載記為 Shannon Vaughn。原文日期為2025年9月10日。',
    ...notATable,
  },
];
