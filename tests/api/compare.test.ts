import { parse } from 'csv-parse/sync';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { dataset, type Dataset } from '@aiwatch/data';
import { entitySchema, figureSchema, metricSchema, type Figure } from '@aiwatch/data/schemas';
import { startApiOver } from './support/custom-api.ts';
import { expectProblem, getJson } from './support/http.ts';
import { testDatabases, type ApiUnderTest } from './support/server.ts';

/**
 * The real dataset has no two companies with the same metric from different dates or sources,
 * so the comparison runs over it plus two Moonshot AI figures that differ from Zhipu's and
 * Talkie's in date, source, qualifier and period.
 */
function comparableDataset(): Dataset {
  const data = structuredClone(dataset);
  const fpri = data.sources.find((s) => s.id === 'fpri-2025-vouchers-to-visas')!;
  const zhipuValuation = data.figures.find((f) => f.id === 'zhipu-valuation-2024')!;
  const talkieUsers = data.figures.find((f) => f.id === 'talkie-users-first-year')!;
  data.figures.push(
    {
      ...zhipuValuation,
      id: 'moonshot-valuation-2024',
      entity_id: 'moonshot-ai',
      value: 2_500_000_000,
      qualifier: 'about',
      as_of: '2024-02-01',
      source_id: fpri.id,
      locator: fpri.sections[0]!,
      source_text: '25億美元',
    },
    {
      ...talkieUsers,
      id: 'moonshot-users-two-years',
      entity_id: 'moonshot-ai',
      value: 20_000_000,
      period: 'P2Y',
      source_id: fpri.id,
      locator: fpri.sections[0]!,
      source_text: '2000萬',
    },
  );
  return data;
}
const data = comparableDataset();

const comparisonSchema = z
  .object({
    entities: z.array(entitySchema),
    metrics: z.array(
      z
        .object({
          metric: metricSchema,
          cells: z.array(z.object({ entity_id: z.string(), figures: z.array(figureSchema) }).strict()),
        })
        .strict(),
    ),
    comparability: z.array(
      z
        .object({
          metric: z.string(),
          aspect: z.enum(['date', 'source', 'qualifier', 'period', 'missing']),
          entity_ids: z.array(z.string()),
          values: z.array(z.string().nullable()),
        })
        .strict(),
    ),
  })
  .strict();
type Note = z.infer<typeof comparisonSchema>['comparability'][number];

const entity = (id: string) => data.entities.find((e) => e.id === id)!;
const metric = (id: string) => data.metrics.find((m) => m.id === id)!;
const figure = (id: string) => data.figures.find((f) => f.id === id)!;
const figuresOf = (entityId: string, metricId: string): Figure[] =>
  data.figures.filter((f) => f.entity_id === entityId && f.metric === metricId).sort((a, b) => (a.id < b.id ? -1 : 1));
const sortNotes = (notes: Note[]) => [...notes].sort((a, b) => `${a.metric} ${a.aspect}`.localeCompare(`${b.metric} ${b.aspect}`));

describe.each(testDatabases)('compare on $name', (kind) => {
  let api: ApiUnderTest;
  beforeAll(async () => {
    api = await startApiOver(kind, data);
  });
  afterAll(() => api?.stop());

  const compare = async (ids: string[]) => comparisonSchema.parse(await getJson(api, `/v1/compare?entities=${ids.join(',')}`));

  describe('GET /v1/compare', () => {
    it('compares zhipu-ai and moonshot-ai metric by metric, with every comparability note', async () => {
      const body = await compare(['zhipu-ai', 'moonshot-ai']);
      expect({ ...body, comparability: sortNotes(body.comparability) }).toStrictEqual({
        entities: [entity('zhipu-ai'), entity('moonshot-ai')],
        metrics: [
          {
            metric: metric('investment-received'),
            cells: [
              { entity_id: 'zhipu-ai', figures: [figure('zhipu-investment-prosperity7')] },
              { entity_id: 'moonshot-ai', figures: [] },
            ],
          },
          {
            metric: metric('users'),
            cells: [
              { entity_id: 'zhipu-ai', figures: [] },
              { entity_id: 'moonshot-ai', figures: [figure('moonshot-users-two-years')] },
            ],
          },
          {
            metric: metric('valuation'),
            cells: [
              { entity_id: 'zhipu-ai', figures: [figure('zhipu-valuation-2024')] },
              { entity_id: 'moonshot-ai', figures: [figure('moonshot-valuation-2024')] },
            ],
          },
        ],
        comparability: sortNotes([
          { metric: 'investment-received', aspect: 'missing', entity_ids: ['moonshot-ai'], values: [] },
          { metric: 'users', aspect: 'missing', entity_ids: ['zhipu-ai'], values: [] },
          { metric: 'valuation', aspect: 'date', entity_ids: ['zhipu-ai', 'moonshot-ai'], values: ['2024-05-31', '2024-02-01'] },
          {
            metric: 'valuation',
            aspect: 'source',
            entity_ids: ['zhipu-ai', 'moonshot-ai'],
            values: ['taiwansig-2024-ai-tigers', 'fpri-2025-vouchers-to-visas'],
          },
          { metric: 'valuation', aspect: 'qualifier', entity_ids: ['zhipu-ai', 'moonshot-ai'], values: ['exact', 'about'] },
        ]),
      });
    });

    it('keeps the order asked', async () => {
      const body = await compare(['moonshot-ai', 'zhipu-ai']);
      expect(body.entities.map((e) => e.id)).toEqual(['moonshot-ai', 'zhipu-ai']);
      for (const row of body.metrics) expect(row.cells.map((c) => c.entity_id)).toEqual(['moonshot-ai', 'zhipu-ai']);
      expect(body.comparability).toContainEqual({
        metric: 'valuation',
        aspect: 'date',
        entity_ids: ['moonshot-ai', 'zhipu-ai'],
        values: ['2024-02-01', '2024-05-31'],
      });
    });

    it.each([
      [['zhipu-ai', 'moonshot-ai', 'talkie']],
      [['talkie', 'baichuan-ai', 'zhipu-ai', 'moonshot-ai']],
      [['zhipu-ai', 'moonshot-ai', 'talkie', 'minimax', 'baichuan-ai', 'stepfun']],
    ])('aligns the metrics of %j per entity', async (ids) => {
      const body = await compare(ids);
      expect(body.entities).toStrictEqual(ids.map(entity));
      const metricIds = [...new Set(data.figures.filter((f) => ids.includes(f.entity_id)).map((f) => f.metric))].sort();
      expect(body.metrics.map((m) => m.metric.id)).toEqual(metricIds);
      const missing: Note[] = [];
      for (const row of body.metrics) {
        expect(row.metric).toStrictEqual(metric(row.metric.id));
        expect(row.cells).toStrictEqual(ids.map((id) => ({ entity_id: id, figures: figuresOf(id, row.metric.id) })));
        const absent = ids.filter((id) => figuresOf(id, row.metric.id).length === 0);
        if (absent.length > 0) missing.push({ metric: row.metric.id, aspect: 'missing', entity_ids: absent, values: [] });
      }
      expect(body.comparability.filter((n) => n.aspect === 'missing')).toEqual(missing);
      // Talkie's users were reached within one year, Moonshot's (here) within two, per another document.
      expect(body.comparability).toContainEqual({ metric: 'users', aspect: 'period', entity_ids: ['moonshot-ai', 'talkie'].sort((a, b) => ids.indexOf(a) - ids.indexOf(b)), values: expect.arrayContaining(['P1Y', 'P2Y']) });
      expect(body.comparability).toContainEqual(expect.objectContaining({ metric: 'users', aspect: 'source' }));
      expect(body.comparability).not.toContainEqual(expect.objectContaining({ metric: 'users', aspect: 'qualifier' }));
    });

    it('notes nothing but what is missing when the values agree in date, source, qualifier and period', async () => {
      const body = await compare(['ai-six-tigers', 'ai-four-dragons']);
      expect(body.metrics.map((m) => m.metric.id)).toEqual(['member-count']);
      expect(body.comparability).toEqual([]);
    });

    it.each([
      ['one id', 'zhipu-ai'],
      ['seven ids', 'zhipu-ai,moonshot-ai,talkie,minimax,baichuan-ai,stepfun,01-ai'],
      ['a repeated id', 'zhipu-ai,moonshot-ai,zhipu-ai'],
      ['a malformed id', 'zhipu-ai,Moonshot_AI'],
      ['an empty id', 'zhipu-ai,,moonshot-ai'],
      ['no ids', ''],
    ])('answers 400 problem for %s', async (_, ids) => {
      const problem = await expectProblem(await api.get(`/v1/compare?entities=${ids}`), 400, '/v1/compare');
      expect(new Set(problem.errors?.map((e) => e.parameter))).toEqual(new Set(['entities']));
      expect(problem.detail).toMatch(/^entities: /);
    });

    it('answers 400 problem without the entities parameter, or with an unknown one', async () => {
      const none = await expectProblem(await api.get('/v1/compare'), 400);
      expect(none.errors?.map((e) => e.parameter)).toEqual(['entities']);
      const extra = await expectProblem(await api.get('/v1/compare?entities=zhipu-ai,moonshot-ai&limit=2'), 400);
      expect(extra.errors).toEqual([{ parameter: 'limit', message: 'unknown parameter "limit"' }]);
    });

    describe('as CSV', () => {
      /** The CSV's header and rows, and the rows of figures.csv by figure id. */
      const csvOf = async (res: Response) => {
        expect(res.status).toBe(200);
        expect(res.headers.get('content-type')).toBe('text/csv; charset=utf-8; header=present');
        const [header, ...rows] = parse(await res.text(), { bom: true }) as string[][];
        const [tableHeader, ...tableRows] = parse(await (await api.get('/v1/datasets/figures.csv')).text()) as string[][];
        const id = tableHeader!.indexOf('id');
        return { header, ids: rows.map((r) => r[id]), rows, table: new Map(tableRows.map((r) => [r[id]!, r])), tableHeader };
      };

      it.each([
        ['?format=csv', {}],
        ['', { accept: 'text/csv' }],
      ])('answers the figures compared, in the order shown, as rows of figures.csv (%s %j)', async (query, headers) => {
        const ids = ['moonshot-ai', 'zhipu-ai', 'talkie'];
        const body = await compare(ids);
        const res = await api.get(`/v1/compare?entities=${ids.join(',')}${query ? `&${query.slice(1)}` : ''}`, { headers });
        expect(res.headers.get('content-disposition')).toBe('attachment; filename="compare_moonshot-ai_zhipu-ai_talkie.csv"');
        const csv = await csvOf(res);
        expect(csv.header).toEqual(csv.tableHeader);
        const shown = body.metrics.flatMap((m) => m.cells.flatMap((c) => c.figures.map((f) => f.id)));
        expect(shown.length).toBeGreaterThan(3);
        expect(csv.ids).toEqual(shown);
        for (const row of csv.rows) expect(row).toEqual(csv.table.get(row[csv.header!.indexOf('id')]!));
      });

      it('adds a byte-order mark with bom=1, and only then', async () => {
        const url = '/v1/compare?entities=zhipu-ai,moonshot-ai&format=csv';
        expect([...new Uint8Array(await (await api.get(`${url}&bom=1`)).arrayBuffer()).slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
        expect(new Uint8Array(await (await api.get(url)).arrayBuffer())[0]).toBe('i'.charCodeAt(0));
      });

      it('answers problems, not CSV, for unknown ids and bad parameters', async () => {
        await expectProblem(await api.get('/v1/compare?entities=zhipu-ai,nobody-here&format=csv'), 404, '/v1/compare');
        await expectProblem(await api.get('/v1/compare?entities=zhipu-ai', { headers: { accept: 'text/csv' } }), 400, '/v1/compare');
        await expectProblem(await api.get('/v1/compare?entities=zhipu-ai,moonshot-ai&format=xml'), 400, '/v1/compare');
        await expectProblem(await api.get('/v1/compare?entities=zhipu-ai,moonshot-ai', { headers: { accept: 'application/xml' } }), 406, '/v1/compare');
      });
    });

    it('answers 404 problem naming each unknown id', async () => {
      const one = await expectProblem(await api.get('/v1/compare?entities=zhipu-ai,no-such-company'), 404, '/v1/compare');
      expect(one.detail).toContain('"no-such-company"');
      expect(one.detail).not.toContain('"zhipu-ai"');
      const two = await expectProblem(await api.get('/v1/compare?entities=ghost-one,zhipu-ai,ghost-two'), 404);
      expect(two.detail).toContain('"ghost-one"');
      expect(two.detail).toContain('"ghost-two"');
    });
  });
});
