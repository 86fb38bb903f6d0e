import type { DatasetRecord, DatasetTable, DatasetTables } from './canonical.ts';

export interface Description {
  entity_ids: string[];
  label_en: string;
  label_zh: string;
}

type Names = Map<string, { en: string; zh: string }>;

/** How a relation reads: {s} and {o} stand for its subject and object. */
const PREDICATES: Record<string, { en: string; zh: string }> = {
  invested_in: { en: '{s} invested in {o}', zh: '{s}投資{o}' },
  owns: { en: '{s} owns {o}', zh: '{s}擁有{o}' },
  developed: { en: '{s} developed {o}', zh: '{s}開發{o}' },
  member_of: { en: '{s} is one of {o}', zh: '{s}屬於{o}' },
  rescued: { en: '{s} rescued {o}', zh: '{s}紓困{o}' },
  partnered_with: { en: '{s} partnered with {o}', zh: '{s}與{o}合作' },
  located_in: { en: '{s} is located in {o}', zh: '{s}位於{o}' },
  issued: { en: '{s} issued {o}', zh: '{s}發布{o}' },
  modelled_on: { en: '{s} is modelled on {o}', zh: '{s}仿效{o}' },
  inspired_by: { en: '{s} was inspired by {o}', zh: '{s}受{o}啟發' },
  sanctioned: { en: '{s} sanctioned {o}', zh: '{s}制裁{o}' },
  competes_with: { en: '{s} competes with {o}', zh: '{s}與{o}競爭' },
  regulates: { en: '{s} regulates {o}', zh: '{s}監管{o}' },
  funds: { en: '{s} funds {o}', zh: '{s}資助{o}' },
};

const COMPANY_METRICS: Record<string, { en: string; zh: string }> = {
  funding_round: { en: 'funding round', zh: '融資輪次' },
  valuation_post_money: { en: 'post-money valuation', zh: '投後估值' },
  valuation_target: { en: 'target valuation', zh: '目標估值' },
  cumulative_funding: { en: 'funding to date', zh: '累計融資' },
  ipo_proceeds: { en: 'IPO proceeds', zh: '上市募資額' },
  ipo_offer_price: { en: 'IPO offer price', zh: '上市發行價' },
  market_cap: { en: 'market capitalisation', zh: '市值' },
  revenue: { en: 'revenue', zh: '營收' },
  users: { en: 'users', zh: '用戶數' },
  mau: { en: 'monthly active users', zh: '月活躍用戶' },
  dau: { en: 'daily active users', zh: '日活躍用戶' },
  headcount: { en: 'headcount', zh: '員工人數' },
  stake: { en: 'stake', zh: '持股' },
};

const text = (v: unknown): string | null => (typeof v === 'string' && v.length > 0 ? v : null);
const unique = (ids: unknown[]): string[] => [...new Set(ids.filter((id): id is string => typeof id === 'string'))];

function namesOf(records: DatasetRecord[]): Names {
  return new Map(records.map((r) => [r.id, { en: text(r.name_en) ?? r.id, zh: text(r.name_zh) ?? text(r.name_en) ?? r.id }]));
}

/**
 * Says in a few words, in both languages, what a record is and which entities it concerns, from
 * the names of the dataset it belongs to: how a change is listed, filtered by company and fed.
 */
export function describer(data: DatasetTables): (table: DatasetTable, record: DatasetRecord) => Description {
  const entities = namesOf(data.entities);
  const metrics = namesOf(data.metrics);
  const name = (id: unknown) => entities.get(String(id)) ?? { en: String(id), zh: String(id) };
  const both = (en: string, zh: string, entity_ids: unknown[] = []): Description => ({ entity_ids: unique(entity_ids), label_en: en, label_zh: zh });
  const dated = (r: DatasetRecord) => text(r.as_of) ?? text(r.period) ?? text(r.date);

  const describe: Record<DatasetTable, (r: DatasetRecord) => Description> = {
    sources: (r) => both(text(r.title) ?? r.id, text(r.title_zh) ?? text(r.title) ?? r.id),
    entities: (r) => both(text(r.name_en) ?? r.id, text(r.name_zh) ?? text(r.name_en) ?? r.id, [r.id]),
    metrics: (r) => both(text(r.name_en) ?? r.id, text(r.name_zh) ?? text(r.name_en) ?? r.id),
    figures: (r) => {
      const e = name(r.entity_id);
      const m = metrics.get(String(r.metric)) ?? { en: String(r.metric), zh: String(r.metric) };
      const when = dated(r);
      return both(`${e.en} — ${m.en}${when ? `, ${when}` : ''}`, `${e.zh}：${m.zh}${when ? `（${when}）` : ''}`, [r.entity_id]);
    },
    events: (r) => both(text(r.title_en) ?? r.id, text(r.title_zh) ?? text(r.title_en) ?? r.id, Array.isArray(r.entity_ids) ? r.entity_ids : []),
    relations: (r) => {
      const [s, o] = [name(r.subject_id), name(r.object_id)];
      const p = PREDICATES[String(r.predicate)] ?? { en: `{s} ${String(r.predicate)} {o}`, zh: `{s} ${String(r.predicate)} {o}` };
      const fill = (template: string, sn: string, on: string) => template.replace('{s}', sn).replace('{o}', on);
      // Relations repeat by date (one investment a round): the date tells them apart.
      const when = dated(r);
      return both(`${fill(p.en, s.en, o.en)}${when ? `, ${when}` : ''}`, `${fill(p.zh, s.zh, o.zh)}${when ? `（${when}）` : ''}`, [r.subject_id, r.object_id]);
    },
    models: (r) => {
      const developers = Array.isArray(r.developers) ? (r.developers as { entity_id?: unknown }[]) : [];
      const label = text(r.name) ?? r.id;
      return both(label, label, developers.map((d) => d.entity_id));
    },
    company_facts: (r) => companyFigure(r, [r.entity_id, r.company_id, ...(Array.isArray(r.investor_ids) ? r.investor_ids : [])]),
    fact_groups: (r) => companyFigure(r, [r.entity_id, r.company_id]),
  };

  function companyFigure(r: DatasetRecord, entity_ids: unknown[]): Description {
    const e = name(r.entity_id);
    const m = COMPANY_METRICS[String(r.metric)] ?? { en: String(r.metric), zh: String(r.metric) };
    const when = [text(r.round), text(r.as_of)].filter(Boolean).join(', ');
    // Releases before round_zh existed name the round as the report does.
    const whenZh = [text(r.round_zh) ?? text(r.round), text(r.as_of)].filter(Boolean).join('，');
    return both(`${e.en} — ${m.en}${when ? `, ${when}` : ''}`, `${e.zh}：${m.zh}${whenZh ? `（${whenZh}）` : ''}`, entity_ids);
  }

  return (table, record) => describe[table](record);
}
