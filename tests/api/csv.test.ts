import { parse } from 'csv-parse/sync';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { dataset, type Dataset } from '@aiwatch/data';
import { sortedKeysJson } from '@aiwatch/data/releases';
import { figureSchema } from '@aiwatch/data/schemas';
import { startApiOver } from './support/custom-api.ts';
import { collectionNames, recordSchemas, type CollectionName } from './support/dataset.ts';
import { byId, expectProblem, followPages, getJson, listEnvelope } from './support/http.ts';
import { testDatabases, type ApiUnderTest } from './support/server.ts';

/** The real dataset with text cells that try formula injection, and a negative number. */
function hostileDataset(): Dataset {
  const data = structuredClone(dataset);
  const entity = data.entities.find((e) => e.id === 'zhipu-ai')!;
  entity.name_en = '=HYPERLINK("http://evil.example","x")';
  entity.description_en = '+1+2';
  entity.description_zh = '@SUM(A1)';
  entity.reference_title = '-2+3';
  entity.name_zh = '\tTab';
  entity.name_zh_hans = '\r=CR';
  entity.aliases = ['=1', '-3'];
  const base = data.figures.find((f) => f.id === 'wudao-funding-growth-since-2019')!;
  data.figures.push({
    ...base,
    id: 'hostile-negative-growth',
    value: -5,
    qualifier: 'exact',
    lower: null,
    upper: null,
    period: null,
    source_text: '-5%',
    note_en: '@note',
    note_zh: null,
  });
  return data;
}
const hostile = hostileDataset();

const HOSTILE_START = /^[=+\-@\t\r]/;

/**
 * A JSON record as its CSV row must read: review flattened, arrays and objects as JSON, booleans
 * as true/false, text neutralised; a model also has the entity ids of its developers.
 */
function expectedCells(record: Record<string, unknown>, columns: string[]): string[] {
  const { review, ...rest } = record as { review?: Record<string, unknown> };
  const flat: Record<string, unknown> = { ...rest };
  if (review) for (const [k, v] of Object.entries(review)) flat[`review_${k}`] = v;
  // A claim stated in one place has no other_locations in JSON and an empty cell in CSV.
  if (columns.includes('other_locations')) flat.other_locations ??= null;
  if ('developers' in flat) {
    const developers = flat.developers as { entity_id: string | null }[];
    flat.developer_ids = [...new Set(developers.flatMap((d) => (d.entity_id ? [d.entity_id] : [])))];
  }
  expect(Object.keys(flat).sort()).toEqual([...columns].sort());
  return columns.map((c) => {
    const v = flat[c];
    if (v === null) return '';
    if (typeof v === 'number') return String(v);
    if (typeof v === 'boolean') return String(v);
    if (typeof v === 'object') return sortedKeysJson(v);
    if (typeof v === 'string') return HOSTILE_START.test(v) ? `'${v}` : v;
    throw new Error(`unexpected ${typeof v} in ${c}`);
  });
}

interface Csv {
  text: string;
  header: string[];
  rows: string[][];
  res: Response;
}

/** Fetches a CSV and checks the framing every CSV of the API shares: UTF-8, header row, CRLF. */
async function getCsv(api: ApiUnderTest, path: string, init?: RequestInit): Promise<Csv> {
  const res = await api.get(path, init);
  const bytes = Buffer.from(await res.arrayBuffer());
  expect(res.status, `${path}: ${bytes.toString('utf8')}`).toBe(200);
  expect(res.headers.get('content-type')).toBe('text/csv; charset=utf-8; header=present');
  expect(res.headers.get('content-disposition')).toMatch(/^attachment; filename="\w+\.csv"$/);
  const text = bytes.toString('utf8');
  expect(text.startsWith('sep=')).toBe(false);
  expect(text.endsWith('\r\n')).toBe(true);
  const [header, ...rows] = parse(text.replace(/^\uFEFF/, ''), { record_delimiter: '\r\n', bom: false }) as string[][];
  expect(text.replace(/^\uFEFF/, '').split('\r\n')[0]).toBe(header!.join(','));
  return { text, header: header!, rows, res };
}

const filterFor: Record<CollectionName, string> = {
  sources: 'q=Vaughn',
  entities: 'group=ai-six-tigers',
  figures: 'entity=zhipu-ai',
  events: 'type=policy&from=2015-01-01',
  relations: 'type=invested_in',
  metrics: 'q=year',
  models: 'developer=deepseek',
  company_facts: 'entity=minimax&metric=market_cap',
  fact_groups: 'agreement=conflict',
};

describe.each(testDatabases)('CSV on $name', (kind) => {
  let api: ApiUnderTest;
  let columns: Record<string, string[]>;
  beforeAll(async () => {
    api = await startApiOver(kind, hostile);
    const catalogue = (await getJson(api, '/v1/datasets')) as { datasets: { name: string; columns: { name: string }[] }[] };
    columns = Object.fromEntries(catalogue.datasets.map((t) => [t.name, t.columns.map((c) => c.name)]));
  });
  afterAll(() => api?.stop());

  /** Every record of a list, page by page. */
  const jsonList = async (name: CollectionName, query = '') => ({
    items: (await followPages(api, `/v1/${name}?limit=500${query ? `&${query}` : ''}`, recordSchemas[name])).items,
  });

  describe.each(collectionNames)('GET /v1/%s as CSV', (name) => {
    it('?format=csv answers every record of the JSON list, in the same order, cell for cell', async () => {
      const csv = await getCsv(api, `/v1/${name}?format=csv`);
      expect(csv.text.charCodeAt(0)).not.toBe(0xfeff);
      expect(csv.header).toEqual(columns[name]);
      expect(csv.res.headers.get('link')).toBeNull();
      const json = await jsonList(name);
      expect(json.items.length).toBe(hostile[name].length);
      expect(csv.rows).toEqual(json.items.map((r) => expectedCells(r as Record<string, unknown>, columns[name]!)));
    });

    it('Accept: text/csv answers the same CSV', async () => {
      const byParam = await getCsv(api, `/v1/${name}?format=csv`);
      const byHeader = await getCsv(api, `/v1/${name}`, { headers: { accept: 'text/csv' } });
      expect(byHeader.text).toBe(byParam.text);
      const preferred = await getCsv(api, `/v1/${name}`, { headers: { accept: 'application/json;q=0.5, text/csv' } });
      expect(preferred.text).toBe(byParam.text);
    });

    it('?bom=1 prefixes a UTF-8 byte-order mark and nothing else', async () => {
      const plain = Buffer.from(await (await api.get(`/v1/${name}?format=csv`)).arrayBuffer());
      const res = await api.get(`/v1/${name}?format=csv&bom=1`);
      const withBom = Buffer.from(await res.arrayBuffer());
      expect([...withBom.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
      expect(withBom.subarray(3).equals(plain)).toBe(true);
      expect([...plain.subarray(0, 3)]).not.toEqual([0xef, 0xbb, 0xbf]);
    });

    it('honours the filters', async () => {
      const csv = await getCsv(api, `/v1/${name}?format=csv&${filterFor[name]}`);
      const json = await jsonList(name, filterFor[name]);
      expect(json.items.length).toBeGreaterThan(0);
      expect(json.items.length).toBeLessThan(hostile[name].length);
      expect(csv.rows).toEqual(json.items.map((r) => expectedCells(r as Record<string, unknown>, columns[name]!)));
    });

    it('with an explicit limit answers that page and links the next, to the end', async () => {
      const limit = Math.min(500, Math.max(1, Math.floor(hostile[name].length / 3)));
      const whole = await getCsv(api, `/v1/${name}?format=csv`);
      const first = await getCsv(api, `/v1/${name}?format=csv&limit=${limit}`);
      expect(first.rows).toEqual(whole.rows.slice(0, limit));
      const jsonPage = listEnvelope(recordSchemas[name]).parse(await getJson(api, `/v1/${name}?limit=${limit}`));
      const link = first.res.headers.get('link');
      expect(link).toBe(`</v1/${name}?format=csv&limit=${limit}&cursor=${jsonPage.next_cursor}>; rel="next"`);
      const rows = [...first.rows];
      for (let next = link; next !== null; ) {
        const path: string = /^<([^>]+)>; rel="next"$/.exec(next)![1]!;
        const page = await getCsv(api, path);
        expect(page.header).toEqual(whole.header);
        expect(page.rows.length).toBeLessThanOrEqual(limit);
        rows.push(...page.rows);
        next = page.res.headers.get('link');
      }
      expect(rows).toEqual(whole.rows);
    });
  });

  describe.each(collectionNames)('GET /v1/datasets/%s.csv', (name) => {
    it('answers the whole table, cell for cell the records of the JSON list', async () => {
      const csv = await getCsv(api, `/v1/datasets/${name}.csv`);
      expect(csv.res.headers.get('content-disposition')).toBe(`attachment; filename="${name}.csv"`);
      expect(csv.text.charCodeAt(0)).not.toBe(0xfeff);
      expect(csv.header).toEqual(columns[name]);
      const json = byId((await jsonList(name)).items);
      const rows = [...csv.rows].sort((a, b) => (a[0]! < b[0]! ? -1 : a[0]! > b[0]! ? 1 : 0));
      expect(rows).toEqual(json.map((r) => expectedCells(r as Record<string, unknown>, columns[name]!)));
    });

    it('?bom=1 prefixes a BOM', async () => {
      const plain = Buffer.from(await (await api.get(`/v1/datasets/${name}.csv`)).arrayBuffer());
      const withBom = Buffer.from(await (await api.get(`/v1/datasets/${name}.csv?bom=1`)).arrayBuffer());
      expect(withBom.equals(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), plain]))).toBe(true);
    });
  });

  describe('GET /v1/datasets/{file} (unknown)', () => {
    it.each(['nope.csv', 'figures', 'figures.json', 'seed_state.csv'])('answers 404 problem for %s', async (file) => {
      const problem = await expectProblem(await api.get(`/v1/datasets/${file}`), 404, `/v1/datasets/${file}`);
      expect(problem.detail).toContain('figures.csv');
    });
  });

  describe('formula injection', () => {
    const row = (csv: Csv, id: string) => Object.fromEntries(csv.header.map((h, i) => [h, csv.rows.find((r) => r[0] === id)![i]!]));

    it.each(['/v1/entities?format=csv', '/v1/datasets/entities.csv'])('%s prefixes hostile text cells with an apostrophe', async (path) => {
      const zhipu = row(await getCsv(api, path), 'zhipu-ai');
      expect(zhipu).toMatchObject({
        name_en: `'=HYPERLINK("http://evil.example","x")`,
        description_en: "'+1+2",
        description_zh: "'@SUM(A1)",
        reference_title: "'-2+3",
        name_zh: "'\tTab",
        name_zh_hans: "'\r=CR",
        aliases: '["=1","-3"]',
        founded: '2019',
      });
    });

    it.each(['/v1/figures?format=csv', '/v1/datasets/figures.csv'])('%s leaves numeric columns alone', async (path) => {
      const csv = await getCsv(api, path);
      const negative = row(csv, 'hostile-negative-growth');
      expect(negative).toMatchObject({ value: '-5', source_text: "'-5%", note_en: "'@note", note_zh: '', lower: '', upper: '' });
      for (const r of csv.rows) {
        const value = r[csv.header.indexOf('value')]!;
        expect(value).toMatch(/^-?\d+(\.\d+)?$/);
      }
    });

    it('leaves the JSON untouched', async () => {
      const entity = (await getJson(api, '/v1/entities/zhipu-ai')) as { name_en: string; name_zh_hans: string };
      expect(entity.name_en).toBe('=HYPERLINK("http://evil.example","x")');
      expect(entity.name_zh_hans).toBe('\r=CR');
      const figure = figureSchema.parse(await getJson(api, '/v1/figures/hostile-negative-growth'));
      expect(figure).toStrictEqual(hostile.figures.at(-1));
      expect(z.number().parse(figure.value)).toBe(-5);
    });
  });
});
