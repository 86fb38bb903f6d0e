import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eventSpan } from '@aiwatch/data/dates';
import { companyFactSchema, entitySchema, spannedEventSchema, type Entity, type Event } from '@aiwatch/data/schemas';
import {
  collectionNames,
  entityDetailSchema,
  expectedEntityDetail,
  memberIds,
  mentions,
  recordSchemas,
  servedDataset as dataset,
  sourceDetailSchema,
  type CollectionName,
} from './support/dataset.ts';
import { byId, expectProblem, followPages, getJson, listEnvelope } from './support/http.ts';
import { startApi, testDatabases, type ApiUnderTest } from './support/server.ts';

interface FilterCase {
  query: string;
  expected: { id: string }[];
  /** The dataset has no match: the case checks the filter excludes everything. */
  empty?: boolean;
}

const d = dataset;
const tigers = memberIds(d, 'ai-six-tigers');
const soes = memberIds(d, 'soes');
const entityNames = (e: Entity) => [e.id, e.name_en, e.name_zh, e.name_zh_hans, ...e.aliases];
/** Whether `q` is in the names or aliases of the entity `id`: a claim's `q` searches the entities it concerns too. */
const names = (q: string, id: string) => {
  const e = d.entities.find((x) => x.id === id);
  return e !== undefined && mentions(q, entityNames(e));
};
/** A claim's words as written, in every place that states it. */
const written = (c: { source_text: string; other_locations?: { source_text: string }[] }) => [c.source_text, ...(c.other_locations ?? []).map((l) => l.source_text)];
const figureSays = (q: string) => d.figures.filter((f) => mentions(q, [...written(f), f.note_en, f.note_zh]) || names(q, f.entity_id));
const eventSays = (q: string) =>
  d.events.filter((e) => mentions(q, [e.title_en, e.title_zh, ...written(e)]) || e.entity_ids.some((id) => names(q, id)));
const relationSays = (q: string) =>
  d.relations.filter((r) => mentions(q, written(r)) || names(q, r.subject_id) || names(q, r.object_id));
const inRange = (date: string | null, from?: string, to?: string) =>
  date !== null && (from === undefined || date >= from) && (to === undefined || date <= to);
/** An event is in a range when the span its date covers overlaps it. */
const overlaps = (e: Event, from?: string, to?: string) => {
  const { date_start, date_end } = eventSpan(e);
  return (from === undefined || date_end >= from) && (to === undefined || date_start <= to);
};
const torch = d.events.filter((e) => e.id === 'torch-program-launched');

/** Every filter of the design, with the records the dataset says it selects. */
const filterCases: Record<CollectionName, FilterCase[]> = {
  sources: [
    { query: 'q=Vaughn', expected: d.sources.filter((s) => mentions('Vaughn', [s.title, s.title_zh, s.author, s.publisher])) },
    { query: 'q=李旻臻', expected: d.sources.filter((s) => s.author === '李旻臻') },
    { query: 'q=taipei%20FORUM', expected: d.sources.filter((s) => mentions('taipei forum', [s.publisher])) },
    { query: 'q=ai', expected: d.sources.filter((s) => mentions('ai', [s.title, s.title_zh, s.author, s.publisher])) },
    { query: 'q=no-such-words', expected: [], empty: true },
  ],
  entities: [
    { query: 'type=company', expected: d.entities.filter((e) => e.type === 'company') },
    { query: 'type=group', expected: d.entities.filter((e) => e.type === 'group') },
    { query: 'group=ai-six-tigers', expected: d.entities.filter((e) => tigers.includes(e.id)) },
    { query: 'group=ai-four-dragons', expected: d.entities.filter((e) => e.group_ids.includes('ai-four-dragons')) },
    { query: 'type=place&group=ai-six-tigers', expected: [], empty: true },
    { query: 'q=%E6%99%BA%E8%AD%9C', expected: d.entities.filter((e) => mentions('智譜', entityNames(e))) },
    { query: 'q=%E6%99%BA%E8%B0%B1', expected: d.entities.filter((e) => mentions('智谱', entityNames(e))) },
    { query: 'q=Zhipu', expected: d.entities.filter((e) => mentions('Zhipu', entityNames(e))) },
    { query: 'q=ZHIPU', expected: d.entities.filter((e) => mentions('zhipu', entityNames(e))) },
    { query: 'type=company&q=tech', expected: d.entities.filter((e) => e.type === 'company' && mentions('tech', entityNames(e))) },
    { query: 'q=100%25', expected: [], empty: true },
  ],
  figures: [
    { query: 'entity=zhipu-ai', expected: d.figures.filter((f) => f.entity_id === 'zhipu-ai') },
    { query: 'group=ai-six-tigers', expected: d.figures.filter((f) => tigers.includes(f.entity_id)) },
    { query: 'metric=member-count', expected: d.figures.filter((f) => f.metric === 'member-count') },
    { query: 'source=taiwansig-2024-ai-tigers', expected: d.figures.filter((f) => f.source_id === 'taiwansig-2024-ai-tigers') },
    { query: 'source=fpri-2025-vouchers-to-visas', expected: [], empty: true },
    { query: 'from=2024-05-31', expected: d.figures.filter((f) => inRange(f.as_of, '2024-05-31')) },
    { query: 'to=2024-05-31', expected: d.figures.filter((f) => inRange(f.as_of, undefined, '2024-05-31')) },
    { query: 'to=2024-05-30', expected: [], empty: true },
    { query: 'from=2024-01-01&to=2024-12-31', expected: d.figures.filter((f) => inRange(f.as_of, '2024-01-01', '2024-12-31')) },
    { query: 'q=round', expected: figureSays('round') },
    { query: 'q=%E8%90%AC', expected: figureSays('萬') },
    { query: 'q=zhipu', expected: figureSays('zhipu') },
    { query: 'q=TALKIE', expected: figureSays('talkie') },
    { query: 'q=%E6%99%BA%E8%B0%B1', expected: figureSays('智谱') },
    { query: 'q=no-such-name', expected: [], empty: true },
    { query: 'entity=zhipu-ai&metric=valuation', expected: d.figures.filter((f) => f.id === 'zhipu-valuation-2024') },
  ],
  events: [
    { query: 'entity=silicon-valley', expected: d.events.filter((e) => e.entity_ids.includes('silicon-valley')) },
    { query: 'group=soes', expected: d.events.filter((e) => e.entity_ids.some((id) => id === 'soes' || soes.includes(id))) },
    { query: 'kind=policy', expected: d.events.filter((e) => e.kind === 'policy') },
    { query: 'type=policy', expected: d.events.filter((e) => e.kind === 'policy') },
    { query: 'kind=policy&type=policy', expected: d.events.filter((e) => e.kind === 'policy') },
    { query: 'source=fpri-2025-vouchers-to-visas', expected: d.events.filter((e) => e.source_id === 'fpri-2025-vouchers-to-visas') },
    { query: 'from=2020-01-01', expected: d.events.filter((e) => overlaps(e, '2020-01-01')) },
    { query: 'to=1984-01-01', expected: d.events.filter((e) => overlaps(e, undefined, '1984-01-01')) },
    { query: 'from=1980-01-01&to=1990-01-01', expected: d.events.filter((e) => overlaps(e, '1980-01-01', '1990-01-01')) },
    { query: 'from=1985-01-01&to=1989-12-31', expected: torch },
    { query: 'from=1985&to=1989', expected: torch },
    { query: 'from=1988-06&to=1988-06', expected: torch },
    { query: 'from=2024&to=2024', expected: d.events.filter((e) => overlaps(e, '2024-01-01', '2024-12-31')) },
    { query: 'q=silicon', expected: eventSays('silicon') },
    { query: 'q=%E7%9F%BD%E8%B0%B7', expected: eventSays('矽谷') },
    { query: 'q=%E7%A1%85%E8%B0%B7', expected: eventSays('硅谷') },
    { query: 'q=no-such-name', expected: [], empty: true },
    { query: 'kind=policy&from=2020-01-01', expected: d.events.filter((e) => e.kind === 'policy' && overlaps(e, '2020-01-01')) },
  ],
  company_facts: [
    { query: 'entity=minimax', expected: d.company_facts.filter((f) => f.entity_id === 'minimax' || f.company_id === 'minimax') },
    { query: 'entity=talkie', expected: d.company_facts.filter((f) => f.entity_id === 'talkie') },
    { query: 'metric=market_cap&rank=preferred', expected: d.company_facts.filter((f) => f.metric === 'market_cap' && f.rank === 'preferred') },
    { query: 'rank=deprecated', expected: d.company_facts.filter((f) => f.rank === 'deprecated') },
    // A fact dated 2025 (the whole year) reaches into June 2025; one dated 2025-07 does not.
    { query: 'from=2025-06-01&to=2025-06-30', expected: d.company_facts.filter((f) => f.as_of <= '2025-06-30'.slice(0, f.as_of.length) && f.as_of >= '2025-06-01'.slice(0, f.as_of.length)) },
    { query: 'entity=no-such-company', expected: [], empty: true },
  ],
  fact_groups: [
    { query: 'agreement=conflict', expected: d.fact_groups.filter((g) => g.agreement === 'conflict') },
    { query: 'entity=zhipu-ai&metric=valuation_post_money', expected: d.fact_groups.filter((g) => g.company_id === 'zhipu-ai' && g.metric === 'valuation_post_money') },
    { query: 'agreement=agree&from=2026-01-01', expected: d.fact_groups.filter((g) => g.agreement === 'agree' && g.as_of >= '2026-01-01'.slice(0, g.as_of.length)) },
  ],
  models: [
    { query: 'developer=zhipu-ai', expected: d.models.filter((m) => m.developers.some((x) => x.entity_id === 'zhipu-ai')) },
    { query: 'country=China&open_weights=true', expected: d.models.filter((m) => m.countries.includes('China') && m.open_weights === true) },
    { query: 'domain=Language&from=2024-01-01', expected: d.models.filter((m) => m.domains.includes('Language') && inRange(m.published_on, '2024-01-01')) },
    { query: 'q=deepseek', expected: d.models.filter((m) => mentions('deepseek', [m.name, ...m.developers.map((x) => x.name)])) },
    { query: 'accessibility=API%20access&to=2023-12-31', expected: d.models.filter((m) => m.accessibility === 'API access' && inRange(m.published_on, undefined, '2023-12-31')) },
    { query: 'developer=no-such-developer', expected: [], empty: true },
  ],
  relations: [
    { query: 'entity=zhipu-ai', expected: d.relations.filter((r) => r.subject_id === 'zhipu-ai' || r.object_id === 'zhipu-ai') },
    { query: 'predicate=invested_in', expected: d.relations.filter((r) => r.predicate === 'invested_in') },
    { query: 'type=invested_in', expected: d.relations.filter((r) => r.predicate === 'invested_in') },
    { query: 'predicate=located_in&entity=beijing', expected: d.relations.filter((r) => r.predicate === 'located_in' && [r.subject_id, r.object_id].includes('beijing')) },
    { query: 'source=fpri-2025-vouchers-to-visas', expected: d.relations.filter((r) => r.source_id === 'fpri-2025-vouchers-to-visas') },
    { query: 'from=2024-05-31&to=2024-05-31', expected: d.relations.filter((r) => r.as_of === '2024-05-31') },
    { query: 'from=2024-06-01', expected: d.relations.filter((r) => r.as_of !== null && r.as_of >= '2024-06-01') },
    { query: 'from=2024-06-01&source=taiwansig-2024-ai-tigers', expected: [], empty: true },
    { query: 'q=talkie', expected: relationSays('talkie') },
    // Said only in the digest's English half, a merged claim's other place.
    { query: 'q=computing%20power%20vouchers', expected: relationSays('computing power vouchers') },
    { query: 'q=%E6%99%BA%E8%AD%9C', expected: relationSays('智譜') },
    { query: 'predicate=invested_in&q=zhipu', expected: relationSays('zhipu').filter((r) => r.predicate === 'invested_in') },
    { query: 'q=no-such-name', expected: [], empty: true },
  ],
  metrics: [
    { query: 'q=year', expected: d.metrics.filter((m) => mentions('year', [m.id, m.name_en, m.name_zh])) },
    { query: 'q=VALUATION', expected: d.metrics.filter((m) => m.id === 'valuation') },
    { query: 'q=%E4%BC%B0%E5%80%BC', expected: d.metrics.filter((m) => m.name_zh === '估值') },
  ],
};

describe.each(testDatabases)('collections on $name', (kind) => {
  let api: ApiUnderTest;
  beforeAll(async () => {
    api = await startApi(kind);
  });
  afterAll(() => api?.stop());

  describe.each(collectionNames)('GET /v1/%s', (name) => {
    const schema = recordSchemas[name];
    const records: { id: string }[] = dataset[name];

    it('lists exactly the dataset’s records, each equal to its dataset record', async () => {
      const { items, pages } = await followPages(api, `/v1/${name}?limit=500`, schema);
      expect(pages).toBe(Math.max(1, Math.ceil(records.length / 500)));
      expect(byId(items)).toStrictEqual(byId(records));
    });

    it('answers the default page of 50 with a next link when there are more', async () => {
      const page = listEnvelope(schema).parse(await getJson(api, `/v1/${name}`));
      expect(page.items.length).toBe(Math.min(50, records.length));
      expect(page.next === null).toBe(records.length <= 50);
    });

    it('pages through every record with a small limit, without loss or repetition', async () => {
      const whole = (await followPages(api, `/v1/${name}?limit=500`, schema)).items;
      // Pages of 2 where the collection is small; of a fortieth of it where it is large.
      const limit = Math.max(2, Math.ceil(records.length / 40));
      const { items, pages } = await followPages(api, `/v1/${name}?limit=${limit}`, schema);
      expect(pages).toBe(Math.ceil(records.length / limit));
      expect(items.map((r) => r.id)).toEqual(whole.map((r) => r.id));
      expect(new Set(items.map((r) => r.id)).size).toBe(records.length);
    });

    it.each(filterCases[name])('filters with ?$query', async ({ query, expected, empty }) => {
      expect(expected.length > 0, 'a filter case should select something unless marked empty').toBe(!empty);
      const page = listEnvelope(schema).parse(await getJson(api, `/v1/${name}?${query}&limit=500`));
      expect(byId(page.items)).toStrictEqual(byId(expected));
    });

    it('keeps the filters on every next page', async () => {
      const filtered = filterCases[name].find((c) => !c.empty && c.expected.length >= 2)!;
      const { items } = await followPages(api, `/v1/${name}?${filtered.query}&limit=1`, schema);
      expect(byId(items)).toStrictEqual(byId(filtered.expected));
    });
  });

  // Filters are named after the field they filter; the first names stay as deprecated aliases.
  describe.each([
    ['events', 'kind', 'policy', 'launch'],
    ['relations', 'predicate', 'invested_in', 'owns'],
  ])('GET /v1/%s?%s= and its old name type=', (name, field, value, other) => {
    it('gives the same JSON and CSV under either name', async () => {
      const [byField, byAlias] = await Promise.all([getJson(api, `/v1/${name}?${field}=${value}&limit=500`), getJson(api, `/v1/${name}?type=${value}&limit=500`)]);
      // Equal but for `next`, which keeps the name the client used.
      expect((byField as { items: unknown[] }).items.length).toBeGreaterThan(1);
      expect({ ...(byAlias as object), next: null }).toEqual({ ...(byField as object), next: null });
      const [csvByField, csvByAlias] = await Promise.all([api.get(`/v1/${name}?${field}=${value}&format=csv`), api.get(`/v1/${name}?type=${value}&format=csv`)]);
      expect(await csvByAlias.text()).toBe(await csvByField.text());
    });

    it('answers 400 problem when both are given with different values', async () => {
      const problem = await expectProblem(await api.get(`/v1/${name}?${field}=${value}&type=${other}`), 400, `/v1/${name}`);
      const message = `is the old name of \`${field}\`: give one of them, or both with the same value`;
      expect(problem.errors).toEqual([{ parameter: 'type', message }]);
      expect(problem.detail).toBe(`type: ${message}`);
    });
  });

  describe('GET /v1/events (order)', () => {
    it('lists events in time order, by the first day each covers, ties by id', async () => {
      const { items } = await followPages(api, '/v1/events?limit=4', spannedEventSchema);
      const keys = items.map((e) => `${e.date_start} ${e.id}`);
      expect(keys).toEqual([...keys].sort());
      expect(items.map((e) => [e.date_start, e.date_end])).toEqual(items.map((e) => Object.values(eventSpan(e))));
    });
  });

  describe.each(collectionNames)('GET /v1/%s/{id}', (name) => {
    it('answers 404 problem for an unknown id', async () => {
      const res = await api.get(`/v1/${name}/no-such-record`);
      const problem = await expectProblem(res, 404, `/v1/${name}/no-such-record`);
      expect(problem.detail).toContain('"no-such-record"');
    });

    it('answers 400 problem for a malformed id', async () => {
      const res = await api.get(`/v1/${name}/Not_An_Id`);
      const problem = await expectProblem(res, 400);
      expect(problem.errors).toEqual([{ parameter: 'id', message: expect.stringContaining('zhipu-ai') }]);
    });
  });

  describe.each(['figures', 'events', 'relations', 'metrics'] as const)('GET /v1/%s/{id}', (name) => {
    it('answers each record exactly as the dataset holds it', async () => {
      for (const record of dataset[name]) {
        const body = recordSchemas[name].parse(await getJson(api, `/v1/${name}/${record.id}`));
        expect(body).toStrictEqual(record);
      }
    });
  });

  describe('GET /v1/sources/{id}', () => {
    it('answers each source with every claim it supports', async () => {
      for (const source of dataset.sources) {
        const body = sourceDetailSchema.parse(await getJson(api, `/v1/sources/${source.id}`));
        const { figures, events, relations, ...record } = body;
        expect(record).toStrictEqual(source);
        expect(byId(figures)).toStrictEqual(byId(dataset.figures.filter((f) => f.source_id === source.id)));
        expect(byId(events)).toStrictEqual(byId(dataset.events.filter((f) => f.source_id === source.id)));
        expect(byId(relations)).toStrictEqual(byId(dataset.relations.filter((f) => f.source_id === source.id)));
      }
    });
  });

  describe('GET /v1/entities/{id}', () => {
    it('embeds figures, events, relations, members, related entities and sources consistent with the dataset', async () => {
      for (const entity of dataset.entities) {
        const body = entityDetailSchema.parse(await getJson(api, `/v1/entities/${entity.id}`));
        const expected = expectedEntityDetail(dataset, entity);
        const sorted = (x: typeof expected) => ({
          ...x,
          figures: byId(x.figures),
          events: byId(x.events),
          relations: byId(x.relations),
          members: byId(x.members),
          related: byId(x.related),
          sources: byId(x.sources),
        });
        expect(sorted(body), entity.id).toStrictEqual(sorted(expected));
        const dates = body.events.map((e) => e.date);
        expect(dates).toEqual([...dates].sort());
      }
    });

    it('embeds the six tigers as the members of ai-six-tigers and names zhipu-ai’s figures', async () => {
      const group = entityDetailSchema.parse(await getJson(api, '/v1/entities/ai-six-tigers'));
      expect(group.members.map((m) => m.id).sort()).toEqual(
        ['01-ai', 'baichuan-ai', 'minimax', 'moonshot-ai', 'stepfun', 'zhipu-ai'].sort(),
      );
      const zhipu = entityDetailSchema.parse(await getJson(api, '/v1/entities/zhipu-ai'));
      const { figures, events, relations, models, members, related, sources, ...record } = zhipu;
      expect(entitySchema.parse(record)).toStrictEqual(dataset.entities.find((e) => e.id === 'zhipu-ai'));
      expect(figures.map((f) => f.id).sort()).toEqual(['zhipu-investment-prosperity7', 'zhipu-valuation-2024']);
      expect(events).toEqual([]);
      expect(relations.map((r) => r.id)).toContain('prosperity7-invested-in-zhipu-ai');
      // Investors the news reports name in Zhipu's rounds are relations too, each a claim of its article.
      expect(relations.filter((r) => r.subject_id === 'alibaba' && r.predicate === 'invested_in').length).toBeGreaterThan(0);
      expect(members).toEqual([]);
      expect(related.map((e) => e.id)).toEqual(expect.arrayContaining(['ai-six-tigers', 'beijing', 'prosperity7']));
      expect(models.map((m) => m.name)).toEqual(expect.arrayContaining(['GLM-4', 'ChatGLM3-6B', 'CogVideoX']));
      expect(models.every((m) => m.developers.some((d) => d.entity_id === 'zhipu-ai'))).toBe(true);
      // The documents and datasets it is cited in, and the articles of the investor relations.
      expect(sources.filter((s) => s.kind !== 'article').map((s) => s.id)).toEqual(['epoch-ai-models', 'taiwansig-2024-ai-tigers']);
      const articles = new Set(relations.filter((r) => r.source_id.startsWith('report-')).map((r) => r.source_id));
      expect(sources.filter((s) => s.kind === 'article').map((s) => s.id).sort()).toEqual([...articles].sort());
    });
  });

  describe('Chinese fields of what the data records in English', () => {
    it('answers publishers, rounds, exchange-rate sources and reference labels in Traditional Chinese', async () => {
      const zhipu = entityDetailSchema.parse(await getJson(api, '/v1/entities/zhipu-ai'));
      expect(zhipu.reference_title_zh).toBe('智譜華章官方網站');
      const facts = (await followPages(api, '/v1/company_facts?entity=zhipu-ai&limit=500', companyFactSchema)).items;
      const rounds = facts.filter((f) => f.round !== null);
      expect(rounds.length).toBeGreaterThan(0);
      expect(rounds.filter((f) => f.round_zh === null)).toEqual([]);
      const converted = facts.filter((f) => f.usd?.rate_source);
      expect(converted.length).toBeGreaterThan(0);
      expect(converted.every((f) => f.usd!.rate_source_zh!.startsWith('美國聯準會'))).toBe(true);
      const article = sourceDetailSchema.parse(await getJson(api, `/v1/sources/${facts[0]!.source_id}`));
      expect(article.publisher_zh).not.toBeNull();
      const round = await getJson(api, '/v1/figures/zhipu-investment-prosperity7');
      expect(round).toMatchObject({ review: { reference_title_zh: expect.stringContaining('金融時報') } });
    });
  });
});

