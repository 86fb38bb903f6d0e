/**
 * How the news-figures file names what a figure is about: a company, or a product or segment in
 * brackets after it. Each maps to our entity and to the company it belongs to. Reviewed by hand.
 */
export const COMPANY_FACT_ENTITIES: Record<string, { entity: string; company: string }> = {
  'Zhipu AI': { entity: 'zhipu-ai', company: 'zhipu-ai' },
  MiniMax: { entity: 'minimax', company: 'minimax' },
  'MiniMax (Talkie/Xingye)': { entity: 'talkie', company: 'minimax' },
  'MiniMax (Hailuo AI)': { entity: 'hailuo-ai', company: 'minimax' },
  'Moonshot AI': { entity: 'moonshot-ai', company: 'moonshot-ai' },
  'Moonshot AI (Kimi)': { entity: 'kimi', company: 'moonshot-ai' },
  Baichuan: { entity: 'baichuan-ai', company: 'baichuan-ai' },
  StepFun: { entity: 'stepfun', company: 'stepfun' },
  '01.AI': { entity: '01-ai', company: '01-ai' },
  SenseTime: { entity: 'sensetime', company: 'sensetime' },
  'SenseTime (generative AI segment)': { entity: 'sensetime-generative-ai', company: 'sensetime' },
  Megvii: { entity: 'megvii', company: 'megvii' },
  CloudWalk: { entity: 'cloudwalk', company: 'cloudwalk' },
  Yitu: { entity: 'yitu', company: 'yitu' },
  DeepSeek: { entity: 'deepseek', company: 'deepseek' },
};

/** Hosts of exchanges and filing services: a figure there is the filing itself, a primary source. */
export const PRIMARY_SOURCE_HOSTS = ['hkexnews.hk', 'www.hkexnews.hk', 'www1.hkexnews.hk', 'sse.com.cn', 'static.sse.com.cn', 'cninfo.com.cn', 'www.cninfo.com.cn', 'sec.gov', 'www.sec.gov'];

/**
 * Curators' choices where the rule's preferred claim is not the one to show, by group id, each
 * with its reason in both languages. Empty until a curator has reason to overrule the rule.
 */
export const COMPANY_FACT_CURATION: Record<string, { preferred_id: string; reason_en: string; reason_zh: string }> = {};
