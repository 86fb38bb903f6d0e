import type { Review } from '../schemas/index.ts';

/** Shorthand for claims no other reference has confirmed or contradicted yet. */
export function unverified(note_en: string, note_zh: string): Review {
  return { status: 'unverified', note_en, note_zh, reference_title: null, reference_title_zh: null, reference_url: null };
}

/** A reference another claim's review can cite (gathered in shared/fact-check.md). */
export interface Reference {
  title: string;
  /** Our Chinese label of the reference (a title in Chinese stays as it is written). */
  title_zh: string;
  url: string | null;
}

/** Another reference says the same as the document. */
export function corroborated(ref: Reference, note_en: string, note_zh: string): Review {
  return { status: 'corroborated', note_en, note_zh, reference_title: ref.title, reference_title_zh: ref.title_zh, reference_url: ref.url };
}

/** Another reference contradicts the document; the claim stays as the document states it. */
export function disputed(ref: Reference, note_en: string, note_zh: string): Review {
  return { status: 'disputed', note_en, note_zh, reference_title: ref.title, reference_title_zh: ref.title_zh, reference_url: ref.url };
}

/** The references the reviews cite, gathered in fact-check.md. */
export const REF = {
  thirdPlenum: {
    title: 'Communiqué of the Third Plenary Session of the 20th CPC Central Committee (Xinhua, 18 July 2024)',
    title_zh: '中共第二十屆中央委員會第三次全體會議公報（新華社，2024年7月18日）',
    url: null,
  },
  stanfordPark: {
    title: 'Stanford Research Park (founded as Stanford Industrial Park, 1951) — Wikipedia',
    title_zh: '維基百科（英文）：史丹佛研究園區條目（1951年以史丹佛工業園區之名成立）',
    url: 'https://en.wikipedia.org/wiki/Stanford_Research_Park',
  },
  siliconValleyName: {
    title: 'Don Hoefler, "Silicon Valley U.S.A.", Electronic News, 11 January 1971 (as cited by Wikipedia, "Silicon Valley")',
    title_zh: 'Don Hoefler〈Silicon Valley U.S.A.〉，《Electronic News》，1971年1月11日（據英文維基百科「矽谷」條目引述）',
    url: 'https://en.wikipedia.org/wiki/Silicon_Valley',
  },
  shockley: {
    title: 'Shockley Semiconductor Laboratory — Wikipedia',
    title_zh: '維基百科（英文）：Shockley半導體實驗室條目',
    url: 'https://en.wikipedia.org/wiki/Shockley_Semiconductor_Laboratory',
  },
  nsfc: {
    title: 'National Natural Science Foundation of China — official website (approved 14 February 1986)',
    title_zh: '國家自然科學基金委員會官方網站（1986年2月14日獲批成立）',
    url: 'https://www.nsfc.gov.cn/',
  },
  torch: {
    title: 'Torch High Technology Industry Development Center, Ministry of Science and Technology (Torch Program approved August 1988)',
    title_zh: '科學技術部火炬高技術產業開發中心（火炬計劃1988年8月獲批）',
    url: 'http://www.chinatorch.gov.cn/',
  },
  zhongguancun: {
    title: 'Zhongguancun — Wikipedia (Chen Chunxian’s US visits 1978–79; first private venture October 1980)',
    title_zh: '維基百科（英文）：中關村條目（陳春先1978–79年訪美；1980年10月首家民營機構）',
    url: 'https://en.wikipedia.org/wiki/Zhongguancun',
  },
  madeInChina2025: {
    title: 'State Council, 《中国制造2025》 (Guo Fa [2015] No. 28), 8 May 2015',
    title_zh: '國務院《中国制造2025》（國發〔2015〕28號），2015年5月8日',
    url: 'https://www.gov.cn/zhengce/content/2015-05/19/content_9784.htm',
  },
  document79: {
    title: 'The Wall Street Journal, March 2024, on Document 79 ("Delete America")',
    title_zh: '《華爾街日報》2024年3月關於79號文件（「刪除美國」）的報導',
    url: null,
  },
  iflytekTest: {
    title: 'State Language Commission: computer-assisted Putonghua proficiency test (commissioned 2004, pilots from 2007)',
    title_zh: '國家語言文字工作委員會：電腦輔助普通話水平測試（2004年委託開發，2007年起試行）',
    url: null,
  },
  huaweiMate60: {
    title: 'Huawei Mate 60 — Wikipedia (Kirin 9000S made by SMIC, September 2023)',
    title_zh: '維基百科（英文）：華為Mate 60條目（麒麟9000S由中芯國際製造，2023年9月）',
    url: 'https://en.wikipedia.org/wiki/Huawei_Mate_60',
  },
  fourDragons: {
    title: 'Caixin; Financial Times (coverage of the "AI four dragons")',
    title_zh: '財新；《金融時報》（關於「AI四小龍」的報導）',
    url: null,
  },
  talkie: {
    title: 'The Wall Street Journal, July 2024',
    title_zh: '《華爾街日報》，2024年7月',
    url: null,
  },
  zhipuRound: {
    title: 'Verdict, June 2024, reporting the Financial Times of 31 May 2024: Prosperity7 in Zhipu AI’s ~US$400M round',
    title_zh: 'Verdict 2024年6月報導，轉述《金融時報》2024年5月31日：Prosperity7參與智譜約4億美元一輪融資',
    url: 'https://verdict.co.uk/prosperity7-ventures-zhipu-ai-investment',
  },
  aiPlan: {
    title: 'State Council, 《新一代人工智能发展规划》 (Guo Fa [2017] No. 35), 8 July 2017',
    title_zh: '國務院《新一代人工智能发展规划》（國發〔2017〕35號），2017年7月8日',
    url: 'https://www.gov.cn/zhengce/content/2017-07/20/content_5211996.htm',
  },
  baai: {
    title: 'Beijing Academy of Artificial Intelligence — official website',
    title_zh: '北京智源人工智能研究院官方網站',
    url: 'https://www.baai.ac.cn/',
  },
  tigerInvestors: {
    title: 'Press reports 2023–24 on Alibaba’s and Tencent’s stakes in the six tigers',
    title_zh: '2023至2024年間關於阿里巴巴與騰訊持股六小虎的報導',
    url: null,
  },
  computeVouchers: {
    title: 'Financial Times, on Chinese local governments’ computing-power vouchers',
    title_zh: '《金融時報》關於中國地方政府算力券的報導',
    url: null,
  },
  moeCurriculum: {
    title: 'Ministry of Education guidelines on AI education in primary and secondary schools, 12 May 2025',
    title_zh: '教育部關於中小學人工智能教育的指引，2025年5月12日',
    url: null,
  },
} as const satisfies Record<string, Reference>;
