import type { TableName } from '../queries/stream.ts';

export interface TableDoc {
  title_en: string;
  title_zh: string;
  description_en: string;
  description_zh: string;
}

/** What each dataset holds, for the catalogue, the data package and the Data page. */
export const tableDocs: Record<TableName, TableDoc> = {
  sources: {
    title_en: 'Sources',
    title_zh: '來源文件',
    description_en: 'The documents every claim comes from, with bibliographic data and their section headings.',
    description_zh: '所有陳述所依據的文件，含書目資料與章節標題。',
  },
  entities: {
    title_en: 'Entities',
    title_zh: '實體',
    description_en: 'Companies, investors, government bodies, institutes, products, policies, places and groups, named in English, Traditional and Simplified Chinese.',
    description_zh: '企業、投資者、政府機構、研究機構、產品、政策、地點與群體，附英文、繁體與簡體名稱。',
  },
  metrics: {
    title_en: 'Metrics',
    title_zh: '指標',
    description_en: 'The quantities figures measure, with the unit their values are stored in.',
    description_zh: '各項數據所衡量的量及其儲存單位。',
  },
  figures: {
    title_en: 'Figures',
    title_zh: '數據',
    description_en: 'Quantitative claims (users, money, valuations, growth, counts, years) in base units, each with its provenance and review.',
    description_zh: '以基本單位表示的量化陳述（用戶、金額、估值、增幅、數量、年份），各附出處與查核。',
  },
  events: {
    title_en: 'Events',
    title_zh: '事件',
    description_en: 'Dated happenings, from the 1950s to the 2030 target, with the precision the document gives.',
    description_zh: '有日期的事件，從1950年代到2030年目標，依文件所給的精確度記錄。',
  },
  relations: {
    title_en: 'Relations',
    title_zh: '關係',
    description_en: 'Who invests in, owns, developed, rescued, partners with or belongs to whom.',
    description_zh: '投資、擁有、開發、紓困、合作與隸屬等關係。',
  },
  models: {
    title_en: 'AI models',
    title_zh: 'AI模型',
    description_en:
      'AI models worldwide from Epoch AI’s “Data on AI Models” (CC BY 4.0): developers, countries, publication date, parameters, training compute, access. Each fact keeps its cell as written.',
    description_zh: '取自Epoch AI「Data on AI Models」（CC BY 4.0）的全球AI模型：開發機構、國家、發表日期、參數量、訓練算力與取用方式，各項事實保留原表寫法。',
  },
  company_facts: {
    title_en: 'Company figures from news reports',
    title_zh: '新聞報導中的企業數字',
    description_en:
      'Funding, valuations, IPOs, revenue and users of the six tigers, four dragons and DeepSeek, each as one article states it (source_text), with its group, rank and, for money, a US-dollar value saying how it was reached.',
    description_zh: '六小虎、四小龍與DeepSeek的融資、估值、上市、營收與用戶數，每筆為一篇報導的原文數字，附所屬事實、排序等級，金額並附美元換算及其方法。',
  },
  fact_groups: {
    title_en: 'Facts the reports give',
    title_zh: '報導所述的事實',
    description_en:
      'One row per fact (entity, metric, date, round): whether its reports agree (within 5 %), conflict (with the spread) or stand alone, and which claim is shown, chosen by the stated rule or a curator.',
    description_zh: '每個事實一列（實體、指標、日期、輪次）：各報導一致（差距5%以內）、矛盾（附範圍）或僅一則，以及依既定規則或編輯選定顯示的陳述。',
  },
};
