import type { TableName } from '../queries/stream.ts';

export interface ColumnDoc {
  en: string;
  zh: string;
}

const provenance: Record<string, ColumnDoc> = {
  source_id: { en: 'Id of the document that states the claim (see sources.csv).', zh: '提出此項陳述的文件代號（見 sources.csv）。' },
  locator: { en: 'Section heading of the document under which the claim stands.', zh: '陳述所在的文件章節標題。' },
  source_text: { en: 'The claim exactly as the document writes it.', zh: '文件中的原始寫法。' },
  review_status: { en: 'What other references say: corroborated, disputed or unverified.', zh: '其他資料的查核結果：證實、存疑或未查證。' },
  review_note_en: { en: 'Fact-check note in English.', zh: '查核說明（英文）。' },
  review_note_zh: { en: 'Fact-check note in Traditional Chinese.', zh: '查核說明（繁體中文）。' },
  review_reference_title: { en: 'Title of the reference that confirms or disputes the claim.', zh: '證實或質疑此陳述的參考資料標題。' },
  review_reference_url: { en: 'Address of that reference.', zh: '該參考資料的網址。' },
};

const names: Record<string, ColumnDoc> = {
  id: { en: 'Stable identifier (a slug).', zh: '固定代號。' },
};

/** The column dictionary: one description per column of every public table, in both languages. */
export const columnDictionary: Record<TableName, Record<string, ColumnDoc>> = {
  sources: {
    ...names,
    file: { en: 'File name of the stored copy of the document.', zh: '文件存檔的檔名。' },
    title: { en: 'Title in English.', zh: '英文標題。' },
    title_zh: { en: 'Title in Traditional Chinese.', zh: '中文標題。' },
    author: { en: 'Author as established by the fact-check.', zh: '經查核的作者。' },
    publisher: { en: 'Publisher or site.', zh: '出版者或網站。' },
    published_on: { en: 'Publication date, where known.', zh: '發表日期（如已知）。' },
    language: { en: 'Language of the document (BCP 47).', zh: '文件語言。' },
    url: { en: 'Where the document is published.', zh: '文件網址。' },
    sections: { en: 'Section headings in document order (JSON array); the locators of its claims.', zh: '依序排列的章節標題（JSON 陣列），即各陳述的出處位置。' },
    summary_en: { en: 'Our summary in English.', zh: '本站撰寫的英文摘要。' },
    summary_zh: { en: 'Our summary in Traditional Chinese.', zh: '本站撰寫的中文摘要。' },
    note_en: { en: 'Bibliographic caveats in English.', zh: '書目說明（英文）。' },
    note_zh: { en: 'Bibliographic caveats in Traditional Chinese.', zh: '書目說明（繁體中文）。' },
  },
  entities: {
    ...names,
    type: { en: 'Kind of entity: company, investor, fund, government_body, research_institute, university, product, policy, place, group, person, event.', zh: '實體類型。' },
    name_en: { en: 'Name in English.', zh: '英文名稱。' },
    name_zh: { en: 'Name in Traditional Chinese.', zh: '繁體中文名稱。' },
    name_zh_hans: { en: 'Name in Simplified Chinese.', zh: '簡體中文名稱。' },
    aliases: { en: 'Other names in any script (JSON array).', zh: '其他名稱（JSON 陣列）。' },
    group_ids: { en: 'Groups the entity belongs to, e.g. ai-six-tigers (JSON array).', zh: '所屬群體，如 ai-six-tigers（JSON 陣列）。' },
    hq: { en: 'Id of the place where it is headquartered.', zh: '總部所在地代號。' },
    founded: { en: 'Year founded (from the reference below, not the documents).', zh: '成立年份（依下列參考資料）。' },
    description_en: { en: 'Our description in English.', zh: '本站撰寫的英文說明。' },
    description_zh: { en: 'Our description in Traditional Chinese.', zh: '本站撰寫的中文說明。' },
    reference_title: { en: 'Reference for founded and hq.', zh: '成立年份與總部的參考資料。' },
    reference_url: { en: 'Address of that reference.', zh: '該參考資料的網址。' },
  },
  metrics: {
    ...names,
    name_en: { en: 'Metric name in English.', zh: '指標英文名稱。' },
    name_zh: { en: 'Metric name in Traditional Chinese.', zh: '指標中文名稱。' },
    unit: { en: 'Unit its values are stored in.', zh: '數值的儲存單位。' },
    description_en: { en: 'What it measures, in English.', zh: '指標說明（英文）。' },
    description_zh: { en: 'What it measures, in Traditional Chinese.', zh: '指標說明（繁體中文）。' },
  },
  figures: {
    ...names,
    entity_id: { en: 'Id of the entity the figure is about.', zh: '數據所屬實體代號。' },
    metric: { en: 'Id of the metric (see metrics.csv).', zh: '指標代號（見 metrics.csv）。' },
    value: { en: 'The value in base units (11.4 million users = 11400000; US$400M = 400000000).', zh: '以基本單位表示的數值（1140萬 = 11400000）。' },
    unit: { en: 'Unit of value: users, USD, CNY, percent, count or year.', zh: '數值單位。' },
    qualifier: { en: 'How the document qualifies the value: exact, over, about, at_least, within.', zh: '文件對數值的限定：精確、超過、約、至少、期間內。' },
    lower: { en: 'Lower bound where the document gives one ("over 300%" → 300).', zh: '下限（如「超過300%」→ 300）。' },
    upper: { en: 'Upper bound where the document gives one.', zh: '上限。' },
    as_of: { en: 'Date the value refers to, where known.', zh: '數值所指日期（如已知）。' },
    period: { en: 'Period the value covers (ISO 8601 duration or interval).', zh: '數值涵蓋期間（ISO 8601）。' },
    ...provenance,
    note_en: { en: 'Note in English.', zh: '附註（英文）。' },
    note_zh: { en: 'Note in Traditional Chinese.', zh: '附註（繁體中文）。' },
  },
  events: {
    ...names,
    date: { en: 'First day of the period the date names (1950s → 1950-01-01).', zh: '日期所指期間的第一天（1950年代 → 1950-01-01）。' },
    date_precision: { en: 'How precise the date is: day, month, season, year or decade.', zh: '日期精確度：日、月、季、年、年代。' },
    date_qualifier: { en: 'Where in that period: exact, early, late, by (a deadline) or after.', zh: '期間內的位置：精確、初期、後期、之前（期限）、之後。' },
    kind: { en: 'Kind of event.', zh: '事件類型。' },
    title_en: { en: 'What happened, in English.', zh: '事件（英文）。' },
    title_zh: { en: 'What happened, in Traditional Chinese.', zh: '事件（繁體中文）。' },
    entity_ids: { en: 'Entities involved (JSON array).', zh: '相關實體（JSON 陣列）。' },
    ...provenance,
  },
  relations: {
    ...names,
    subject_id: { en: 'Id of the subject entity.', zh: '主體實體代號。' },
    predicate: { en: 'How the subject relates to the object, e.g. invested_in, member_of.', zh: '主體與客體的關係，如 invested_in。' },
    object_id: { en: 'Id of the object entity.', zh: '客體實體代號。' },
    value: { en: 'Amount attached to the relation in base units, if any.', zh: '關係所附數額（基本單位）。' },
    unit: { en: 'Unit of value.', zh: '數額單位。' },
    as_of: { en: 'Date the relation refers to, where known.', zh: '關係所指日期。' },
    ...provenance,
  },
};
