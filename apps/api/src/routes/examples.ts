import { dataset } from '@aiwatch/data';
import { withSpan } from '@aiwatch/data/dates';
import type { TableName } from '@aiwatch/db';

/**
 * Response examples for the OpenAPI document, taken from the committed dataset rather than
 * written by hand, so they are real records in the shape the API serves (a test compares them
 * with live responses). Embedded lists are abridged to one record each.
 */
type Row = Record<string, unknown> & { id: string };
// Events as served: with the span their date covers.
const served = { ...dataset, events: dataset.events.map(withSpan) };
const table = (name: TableName) => served[name] as unknown as Row[];
const byId = (name: TableName, id: string): Row => {
  const row = table(name).find((r) => r.id === id);
  if (!row) throw new Error(`example ${name}/${id} is not in the dataset`);
  return row;
};
const first = (name: TableName, test: (r: Row) => boolean): Row[] => table(name).filter(test).slice(0, 1);

/** The record each collection's examples show. */
export const exampleIds: Record<TableName, string> = {
  sources: 'taiwansig-2024-ai-tigers',
  entities: 'zhipu-ai',
  figures: 'zhipu-valuation-2024',
  events: 'document-79-issued',
  relations: 'prosperity7-invested-in-zhipu-ai',
  models: 'chatglm3-6b',
  company_facts: 'zhipu-ai-cumulative-funding-2023-10-2023-rounds-86dfb49a',
  fact_groups: 'zhipu-ai-cumulative-funding-2023-10-2023-rounds',
  metrics: 'valuation',
};

export const exampleRecord = (name: TableName): Row => byId(name, exampleIds[name]);

/** What `GET /v1/{name}/{id}` embeds beside the record, one of each. */
const embedded: Partial<Record<TableName, (r: Row) => Record<string, Row[]>>> = {
  sources: (s) => ({
    figures: first('figures', (f) => f.source_id === s.id),
    events: first('events', (e) => e.source_id === s.id),
    relations: first('relations', (r) => r.source_id === s.id),
  }),
  entities: (e) => {
    const figures = first('figures', (f) => f.entity_id === e.id);
    const relations = first('relations', (r) => r.subject_id === e.id || r.object_id === e.id);
    return {
      figures,
      events: first('events', (v) => (v.entity_ids as string[]).includes(e.id)),
      relations,
      models: first('models', (m) => (m.developers as { entity_id: string | null }[]).some((d) => d.entity_id === e.id)),
      members: first('entities', (m) => (m.group_ids as string[]).includes(e.id)),
      related: relations.map((r) => byId('entities', r.subject_id === e.id ? String(r.object_id) : String(r.subject_id))),
      sources: figures.map((f) => byId('sources', String(f.source_id))),
    };
  },
  fact_groups: (g) => ({ facts: first('company_facts', (f) => f.group_id === g.id) }),
};

export const exampleDetail = (name: TableName): Row => {
  const record = exampleRecord(name);
  return { ...record, ...embedded[name]?.(record) };
};

/** A first page of one record, as `?limit=1` answers it. */
export const examplePage = (name: TableName) => {
  const cursor = Buffer.from(JSON.stringify([exampleIds[name]])).toString('base64url');
  return { items: [exampleRecord(name)], next_cursor: cursor, next: `/v1/${name}?limit=1&cursor=${cursor}` };
};

/** `compare?entities=zhipu-ai,moonshot-ai`, abridged to one metric. */
export const exampleComparison = () => {
  const ids = ['zhipu-ai', 'moonshot-ai'];
  const valuation = byId('figures', 'zhipu-valuation-2024');
  return {
    entities: ids.map((id) => byId('entities', id)),
    metrics: [{ metric: byId('metrics', 'valuation'), cells: ids.map((id) => ({ entity_id: id, figures: id === valuation.entity_id ? [valuation] : [] })) }],
    comparability: [{ metric: 'valuation', aspect: 'missing', entity_ids: ['moonshot-ai'], values: [] }],
  };
};
