import type { Review } from '../schemas/index.ts';

/** Shorthand for claims no other reference has confirmed or contradicted yet. */
export function unverified(note_en: string, note_zh: string): Review {
  return { status: 'unverified', note_en, note_zh, reference_title: null, reference_url: null };
}

/** A reference another claim's review can cite (gathered in shared/fact-check.md). */
export interface Reference {
  title: string;
  url: string | null;
}

/** Another reference says the same as the document. */
export function corroborated(ref: Reference, note_en: string, note_zh: string): Review {
  return { status: 'corroborated', note_en, note_zh, reference_title: ref.title, reference_url: ref.url };
}

/** Another reference contradicts the document; the claim stays as the document states it. */
export function disputed(ref: Reference, note_en: string, note_zh: string): Review {
  return { status: 'disputed', note_en, note_zh, reference_title: ref.title, reference_url: ref.url };
}

/** The references the reviews cite, gathered in fact-check.md. */
export const REF = {
  thirdPlenum: {
    title: 'Communiqué of the Third Plenary Session of the 20th CPC Central Committee (Xinhua, 18 July 2024)',
    url: null,
  },
  stanfordPark: {
    title: 'Stanford Research Park (founded as Stanford Industrial Park, 1951) — Wikipedia',
    url: 'https://en.wikipedia.org/wiki/Stanford_Research_Park',
  },
  siliconValleyName: {
    title: 'Don Hoefler, "Silicon Valley U.S.A.", Electronic News, 11 January 1971 (as cited by Wikipedia, "Silicon Valley")',
    url: 'https://en.wikipedia.org/wiki/Silicon_Valley',
  },
  shockley: {
    title: 'Shockley Semiconductor Laboratory — Wikipedia',
    url: 'https://en.wikipedia.org/wiki/Shockley_Semiconductor_Laboratory',
  },
  nsfc: {
    title: 'National Natural Science Foundation of China — official website (approved 14 February 1986)',
    url: 'https://www.nsfc.gov.cn/',
  },
  torch: {
    title: 'Torch High Technology Industry Development Center, Ministry of Science and Technology (Torch Program approved August 1988)',
    url: 'http://www.chinatorch.gov.cn/',
  },
  zhongguancun: {
    title: 'Zhongguancun — Wikipedia (Chen Chunxian’s US visits 1978–79; first private venture October 1980)',
    url: 'https://en.wikipedia.org/wiki/Zhongguancun',
  },
  madeInChina2025: {
    title: 'State Council, 《中国制造2025》 (Guo Fa [2015] No. 28), 8 May 2015',
    url: 'https://www.gov.cn/zhengce/content/2015-05/19/content_9784.htm',
  },
  document79: {
    title: 'The Wall Street Journal, March 2024, on Document 79 ("Delete America")',
    url: null,
  },
  iflytekTest: {
    title: 'State Language Commission: computer-assisted Putonghua proficiency test (commissioned 2004, pilots from 2007)',
    url: null,
  },
  huaweiMate60: {
    title: 'Huawei Mate 60 — Wikipedia (Kirin 9000S made by SMIC, September 2023)',
    url: 'https://en.wikipedia.org/wiki/Huawei_Mate_60',
  },
  fourDragons: {
    title: 'Caixin; Financial Times (coverage of the "AI four dragons")',
    url: null,
  },
  talkie: {
    title: 'The Wall Street Journal, July 2024',
    url: null,
  },
  zhipuRound: {
    title: 'Verdict, June 2024, reporting the Financial Times of 31 May 2024: Prosperity7 in Zhipu AI’s ~US$400M round',
    url: 'https://verdict.co.uk/prosperity7-ventures-zhipu-ai-investment',
  },
  aiPlan: {
    title: 'State Council, 《新一代人工智能发展规划》 (Guo Fa [2017] No. 35), 8 July 2017',
    url: 'https://www.gov.cn/zhengce/content/2017-07/20/content_5211996.htm',
  },
  baai: {
    title: 'Beijing Academy of Artificial Intelligence — official website',
    url: 'https://www.baai.ac.cn/',
  },
  tigerInvestors: {
    title: 'Press reports 2023–24 on Alibaba’s and Tencent’s stakes in the six tigers',
    url: null,
  },
  computeVouchers: {
    title: 'Financial Times, on Chinese local governments’ computing-power vouchers',
    url: null,
  },
  moeCurriculum: {
    title: 'Ministry of Education guidelines on AI education in primary and secondary schools, 12 May 2025',
    url: null,
  },
} as const satisfies Record<string, Reference>;
