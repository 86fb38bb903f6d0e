import type { Event } from '../schemas/index.ts';
import { article, digest } from './provenance.ts';
import { corroborated, disputed, REF, unverified } from './review.ts';

/**
 * Dated happenings, each at the precision the document gives. `date` is the first day of that
 * period; `date_qualifier` keeps "late 1980s", "early 2000s", "by 2027", "since 2019".
 */
export const events: Event[] = [
  // Article — preface.
  {
    id: 'third-plenum-2024-meeting',
    date: '2024-06-01',
    date_precision: 'month',
    date_qualifier: 'exact',
    kind: 'meeting',
    title_en: 'Third Plenum of the CCP Central Committee; Xi stresses science and innovation',
    title_zh: '中共三中全會召開，習近平強調科研與創新',
    entity_ids: ['third-plenum-2024', 'ccp-central-committee', 'xi-jinping'],
    ...article('preface', '2024年6月'),
    review: disputed(
      REF.thirdPlenum,
      'The plenum met on 15–18 July 2024; it was only announced in late June.',
      '全會實際於2024年7月15至18日召開，6月底僅為宣布召開日期。',
    ),
  },

  // Article — Silicon Valley and Zhongguancun.
  {
    id: 'stanford-industrial-park-1950s',
    date: '1950-01-01',
    date_precision: 'decade',
    date_qualifier: 'exact',
    kind: 'founding',
    title_en: 'A Stanford professor sets up the industrial park where Silicon Valley began',
    title_zh: '史丹佛大學教授設立工業園區，開啟矽谷發展',
    entity_ids: ['stanford-industrial-park', 'stanford-university', 'silicon-valley'],
    ...article('zhongguancun', '1950年代'),
    review: corroborated(
      REF.stanfordPark,
      'Frederick Terman promoted the Stanford Industrial Park, opened in 1951.',
      '弗雷德里克·特曼推動的史丹佛工業園區於1951年設立。',
    ),
  },
  {
    id: 'silicon-valley-name-1971',
    date: '1971-01-01',
    date_precision: 'year',
    date_qualifier: 'exact',
    kind: 'milestone',
    title_en: 'The name “Silicon Valley” comes into use',
    title_zh: '「矽谷」一詞開始流行',
    entity_ids: ['silicon-valley'],
    ...article('zhongguancun', '1971年'),
    review: corroborated(
      REF.siliconValleyName,
      'Journalist Don Hoefler popularised the name in Electronic News on 11 January 1971.',
      '記者唐·赫夫勒於1971年1月11日在《電子新聞》使用此名後廣為流傳。',
    ),
  },
  {
    id: 'nnsf-founded-1984',
    date: '1984-01-01',
    date_precision: 'year',
    date_qualifier: 'exact',
    kind: 'founding',
    title_en: 'China sets up its national natural science foundation',
    title_zh: '中國成立國家自然科學基金會',
    entity_ids: ['nsfc', 'us-nsf'],
    ...article('zhongguancun', '1984年'),
    review: disputed(
      REF.nsfc,
      'The Foundation (NSFC) dates itself to approval on 14 February 1986, not 1984.',
      '基金委自述於1986年2月14日獲批成立，而非1984年。',
    ),
  },
  {
    id: 'torch-program-launched',
    date: '1980-01-01',
    date_precision: 'decade',
    date_qualifier: 'late',
    kind: 'programme',
    title_en: 'China launches the Torch Program',
    title_zh: '中國推出火炬計劃',
    entity_ids: ['torch-program', 'chinese-government'],
    ...article('zhongguancun', '1980年代後期'),
    review: corroborated(
      REF.torch,
      'The State Council approved the programme in August 1988.',
      '國務院於1988年8月核定此計畫。',
    ),
  },
  {
    id: 'entrepreneurs-study-us-hubs-1990s',
    date: '1990-01-01',
    date_precision: 'decade',
    date_qualifier: 'exact',
    kind: 'milestone',
    title_en: 'Chinese entrepreneurs study Silicon Valley, Research Triangle and Route 128',
    title_zh: '中國企業家借鏡矽谷、研究三角區與128號公路',
    entity_ids: ['china', 'silicon-valley', 'research-triangle', 'route-128'],
    ...article('zhongguancun', '1990年代'),
    review: unverified(
      'A general historical claim that no reference in the fact-check covers.',
      '屬概括性的歷史敘述，查核資料未涵蓋。',
    ),
  },

  // Article — self-reliance.
  {
    id: 'made-in-china-2025-launched',
    date: '2015-01-01',
    date_precision: 'year',
    date_qualifier: 'exact',
    kind: 'policy',
    title_en: 'Made in China 2025 is launched',
    title_zh: '「中國製造2025」推出',
    entity_ids: ['made-in-china-2025', 'chinese-government'],
    ...article('selfReliance', '2015年'),
    review: corroborated(
      REF.madeInChina2025,
      'Issued by the State Council as Guo Fa [2015] No. 28, dated 8 May 2015.',
      '由國務院以國發〔2015〕28號印發，日期為2015年5月8日。',
    ),
  },
  {
    id: 'document-79-issued',
    date: '2022-01-01',
    date_precision: 'year',
    date_qualifier: 'exact',
    kind: 'policy',
    title_en: 'Document 79 (“Delete America”) is issued',
    title_zh: '《79號文件》（去美化）發布',
    entity_ids: ['document-79', 'chinese-government', 'soes'],
    ...article('selfReliance', '2022年'),
    review: corroborated(
      REF.document79,
      'The Wall Street Journal reported the directive was issued in September 2022.',
      '《華爾街日報》報導該指令於2022年9月發布。',
    ),
  },
  {
    id: 'document-79-deadline',
    date: '2027-01-01',
    date_precision: 'year',
    date_qualifier: 'by',
    kind: 'deadline',
    title_en: 'Deadline for state firms to replace foreign software under Document 79',
    title_zh: '《79號文件》要求國企完成外國軟體替換的期限',
    entity_ids: ['document-79', 'soes'],
    ...article('selfReliance', '2027年前'),
    review: corroborated(
      REF.document79,
      'The same report gives 2027 as the deadline.',
      '同一報導指出期限為2027年。',
    ),
  },
  {
    id: 'iflytek-near-bankruptcy',
    date: '2000-01-01',
    date_precision: 'decade',
    date_qualifier: 'early',
    kind: 'milestone',
    title_en: 'iFlytek nears bankruptcy and is revived with Huawei money and state support',
    title_zh: '科大訊飛瀕臨破產，獲華為注資與政府支持重振',
    entity_ids: ['iflytek', 'huawei', 'chinese-government'],
    ...article('selfReliance', '2000年代初'),
    review: unverified(
      'iFlytek (founded 1999) did lose money in its first years and took investment from Legend Capital in 2000, but no reference was found for money from Huawei.',
      '科大訊飛（1999年成立）初期確有虧損，並於2000年獲聯想投資注資，但查無華為注資的資料。',
    ),
  },

  // Article — challenges.
  {
    id: 'new-generation-ai-plan-issued',
    date: '2017-01-01',
    date_precision: 'year',
    date_qualifier: 'exact',
    kind: 'policy',
    title_en: 'China issues the New Generation AI Development Plan',
    title_zh: '中國推出《新一代人工智慧發展規劃》',
    entity_ids: ['new-generation-ai-plan', 'chinese-government'],
    ...article('challenges', '2017年'),
    review: corroborated(
      REF.aiPlan,
      'Issued by the State Council as Guo Fa [2017] No. 35, dated 8 July 2017.',
      '由國務院以國發〔2017〕35號印發，日期為2017年7月8日。',
    ),
  },
  {
    id: 'new-generation-ai-plan-target',
    date: '2030-01-01',
    date_precision: 'year',
    date_qualifier: 'by',
    kind: 'target',
    title_en: 'Target year for China to lead the world in AI',
    title_zh: '中國成為全球AI領導者的目標年份',
    entity_ids: ['new-generation-ai-plan', 'china'],
    ...article('challenges', '2030年'),
    review: corroborated(
      REF.aiPlan,
      'The plan sets 2030 as the year China should become the world’s main AI innovation centre.',
      '規劃以2030年為中國成為全球主要AI創新中心的年份。',
    ),
  },
  // Digest: one launch, stated in both language halves.
  {
    id: 'moe-ai-curriculum-spring-2025',
    date: '2025-03-01',
    date_precision: 'season',
    date_qualifier: 'exact',
    kind: 'programme',
    title_en: 'Ministry of Education launches a new AI curriculum',
    title_zh: '教育部推出全新人工智慧課程',
    entity_ids: ['moe-ai-curriculum', 'ministry-of-education'],
    ...digest('2025年春季', 'Spring 2025'),
    review: corroborated(
      REF.moeCurriculum,
      'The ministry’s guidance came out in spring (12 May 2025); classroom roll-out, e.g. in Beijing, began that September.',
      '教育部指引於春季（2025年5月12日）發布；北京等地於同年9月起在課堂實施。',
    ),
  },
];
