import { describe, expect, it } from 'vitest';
import { readDocuments } from '../documents/index.ts';
import { NEEDS_SOURCES, sourcesDir } from '../documents/sources-dir.ts';
import { assertValidDataset, datasetIssues, DatasetValidationError, verifyClaims } from '../validate/index.ts';
import { ARTICLE, ARTICLE_SECTIONS, dataset, DIGEST, type Dataset } from './index.ts';

/** The source documents are not in the repository: see sources-dir.ts. */
const SEEDS = sourcesDir() ?? '';
const haveSeeds = SEEDS !== '';

const copy = (): Dataset => structuredClone(dataset);
const entity = (id: string) => dataset.entities.find((e) => e.id === id);
const figure = (id: string) => dataset.figures.find((f) => f.id === id);

describe('the curated dataset', () => {
  it('validates: shapes, unique ids and every reference resolve', () => {
    expect(() => assertValidDataset(dataset)).not.toThrow();
    expect(datasetIssues(dataset)).toEqual([]);
  });

  it('states each fact of a source once, however many places state it', () => {
    const twice = (keys: string[]) => keys.filter((k, i) => keys.indexOf(k) !== i);
    expect(twice(dataset.relations.map((r) => `${r.source_id} ${r.subject_id} ${r.predicate} ${r.object_id} ${r.as_of}`))).toEqual([]);
    expect(twice(dataset.events.map((e) => `${e.source_id} ${e.kind} ${e.date} ${e.title_en}`))).toEqual([]);
    expect(twice(dataset.figures.map((f) => `${f.source_id} ${f.entity_id} ${f.metric} ${f.as_of} ${f.period}`))).toEqual([]);
  });

  it('quotes the words that state a relation, not only a name', () => {
    const names = new Set(dataset.entities.flatMap((e) => [e.name_en, e.name_zh, e.name_zh_hans ?? '', ...e.aliases]));
    const bare = (text: string) => text.replace(/[「」《》（）()\s]/g, '');
    // A report's investor list is quoted name by name (the relation is the list it stands in); a
    // document's relation must be stated by the words quoted.
    const documents = new Set(dataset.sources.filter((s) => s.kind === 'document').map((s) => s.id));
    const onlyNames = dataset.relations.filter((r) => documents.has(r.source_id) && names.has(bare(r.source_text)));
    expect(onlyNames.map((r) => `${r.id}: ${r.source_text}`)).toEqual([]);
  });

  it('has ids unique across each collection and no entity relating to itself', () => {
    for (const collection of ['entities', 'figures', 'events', 'relations'] as const) {
      const ids = dataset[collection].map((r) => r.id);
      expect(new Set(ids).size, collection).toBe(ids.length);
    }
  });
});

describe.skipIf(!haveSeeds)(`claims against the source documents — ${NEEDS_SOURCES}`, () => {
  it('finds every source_text under its locator', async () => {
    const read = await readDocuments(SEEDS, dataset.sources);
    expect(read.errors).toEqual([]);
    const report = verifyClaims(dataset, read.documents);
    expect(report.failures).toEqual([]);
    // Every claim of a document: a dataset's are checked against its file, an article's cannot be.
    const ofDocuments = new Set(dataset.sources.filter((s) => s.kind === 'document').map((s) => s.id));
    const claims = [...dataset.figures, ...dataset.events, ...dataset.relations].filter((c) => ofDocuments.has(c.source_id));
    const places = claims.reduce((n, c) => n + 1 + (c.other_locations?.length ?? 0), 0);
    expect(places).toBeGreaterThan(claims.length);
    expect(report.checked).toBe(places);
  });

  it('checks a fact’s other locations too: a wrong English half is reported', async () => {
    const read = await readDocuments(SEEDS, dataset.sources);
    const data = copy();
    const curriculum = data.events.find((e) => e.id === 'moe-ai-curriculum-spring-2025');
    const other = curriculum?.other_locations?.[0];
    if (!other) throw new Error('fixture missing');
    other.source_text = 'launched a new AI syllabus';
    expect(verifyClaims(data, read.documents).failures).toEqual([
      expect.objectContaining({ id: 'moe-ai-curriculum-spring-2025', locator: other.locator, reason: 'text not found in the document' }),
    ]);
  });

  it('reports a claim whose text stands in another section', async () => {
    const read = await readDocuments(SEEDS, dataset.sources);
    const data = copy();
    const talkie = data.figures.find((f) => f.id === 'talkie-users-first-year');
    if (!talkie) throw new Error('fixture missing');
    talkie.locator = ARTICLE_SECTIONS.preface;
    const report = verifyClaims(data, read.documents);
    expect(report.failures).toEqual([
      expect.objectContaining({
        collection: 'figures',
        id: 'talkie-users-first-year',
        reason: `found under "${ARTICLE_SECTIONS.transformation}" instead`,
      }),
    ]);
  });
});

describe('validation catches broken copies of the dataset', () => {
  it('names a figure pointing at an unknown entity', () => {
    const data = copy();
    const f = data.figures.find((x) => x.id === 'zhipu-investment-prosperity7');
    if (!f) throw new Error('fixture missing');
    f.entity_id = 'no-such-company';
    expect(datasetIssues(data)).toContainEqual(
      expect.objectContaining({ collection: 'figures', id: 'zhipu-investment-prosperity7', field: 'entity_id' }),
    );
    expect(() => assertValidDataset(data)).toThrow(DatasetValidationError);
    expect(() => assertValidDataset(data)).toThrow(/figures\/zhipu-investment-prosperity7 · entity_id/);
  });

  it('names a duplicate id', () => {
    const data = copy();
    const zhipu = data.entities.find((e) => e.id === 'zhipu-ai');
    if (!zhipu) throw new Error('fixture missing');
    data.entities.push(structuredClone(zhipu));
    expect(datasetIssues(data)).toContainEqual({
      collection: 'entities',
      id: 'zhipu-ai',
      field: 'id',
      message: 'duplicate id',
    });
  });

  it('names a locator that is no section of its source', () => {
    const data = copy();
    const e = data.events.find((x) => x.id === 'made-in-china-2025-launched');
    if (!e) throw new Error('fixture missing');
    e.locator = '結論';
    expect(datasetIssues(data)).toContainEqual(
      expect.objectContaining({ collection: 'events', id: 'made-in-china-2025-launched', field: 'locator' }),
    );
  });

  it('names a relation to an unknown object and an hq that is not a place', () => {
    const data = copy();
    const r = data.relations.find((x) => x.id === 'prosperity7-invested-in-zhipu-ai');
    const minimax = data.entities.find((x) => x.id === 'minimax');
    if (!r || !minimax) throw new Error('fixture missing');
    r.object_id = 'zhipu';
    minimax.hq = 'talkie';
    const issues = datasetIssues(data);
    expect(issues).toContainEqual(
      expect.objectContaining({ collection: 'relations', id: 'prosperity7-invested-in-zhipu-ai', field: 'object_id' }),
    );
    expect(issues).toContainEqual(
      expect.objectContaining({ collection: 'entities', id: 'minimax', field: 'hq', message: '"talkie" is a product, not a place' }),
    );
  });

  it('names a lower bound that does not match its qualifier', () => {
    const data = copy();
    const f = data.figures.find((x) => x.id === 'wudao-funding-growth-since-2019');
    if (!f) throw new Error('fixture missing');
    f.lower = null;
    expect(datasetIssues(data)).toContainEqual(
      expect.objectContaining({ collection: 'figures', id: 'wudao-funding-growth-since-2019', field: 'lower' }),
    );
  });
});

describe('coverage the product relies on', () => {
  const members = (group: string) => ({
    byGroupIds: dataset.entities.filter((e) => e.group_ids.includes(group)).map((e) => e.id).sort(),
    byRelations: dataset.relations
      .filter((r) => r.predicate === 'member_of' && r.object_id === group)
      .map((r) => r.subject_id)
      .sort(),
  });

  it('the AI six tigers have exactly their six members', () => {
    const six = ['01-ai', 'baichuan-ai', 'minimax', 'moonshot-ai', 'stepfun', 'zhipu-ai'];
    expect(members('ai-six-tigers')).toEqual({ byGroupIds: six, byRelations: six });
  });

  it('the AI four dragons have exactly their four members', () => {
    const four = ['cloudwalk', 'megvii', 'sensetime', 'yitu'];
    expect(members('ai-four-dragons')).toEqual({ byGroupIds: four, byRelations: four });
  });

  it('the group member counts agree with the members', () => {
    expect(figure('ai-six-tigers-member-count')?.value).toBe(members('ai-six-tigers').byGroupIds.length);
    expect(figure('ai-four-dragons-member-count')?.value).toBe(members('ai-four-dragons').byGroupIds.length);
  });

  it('holds each headline figure with its value in base units', () => {
    expect(figure('talkie-users-first-year')).toMatchObject({ entity_id: 'talkie', value: 11_400_000, unit: 'users' });
    expect(figure('zhipu-investment-prosperity7')).toMatchObject({
      entity_id: 'zhipu-ai',
      metric: 'investment-received',
      value: 400_000_000,
      unit: 'USD',
      review: { status: 'corroborated' },
    });
    expect(figure('zhipu-valuation-2024')).toMatchObject({ entity_id: 'zhipu-ai', metric: 'valuation', value: 3_000_000_000 });
    expect(figure('wudao-funding-growth-since-2019')).toMatchObject({
      entity_id: 'wudao',
      value: 300,
      unit: 'percent',
      qualifier: 'over',
      lower: 300,
      upper: null,
    });
  });

  it('puts a dispute on the claim its reference disputes: who paid Zhipu, not how much was raised', () => {
    expect(figure('zhipu-investment-prosperity7')?.review.status).toBe('corroborated');
    const payer = dataset.relations.find((r) => r.id === 'prosperity7-invested-in-zhipu-ai');
    expect(payer).toMatchObject({ value: 400_000_000, review: { status: 'disputed' } });
  });

  it('keeps contradicted claims as stated, marked disputed', () => {
    const nnsf = dataset.events.find((e) => e.id === 'nnsf-founded-1984');
    expect(nnsf).toMatchObject({ date: '1984-01-01', review: { status: 'disputed' } });
    const plenum = dataset.events.find((e) => e.id === 'third-plenum-2024-meeting');
    expect(plenum).toMatchObject({ date: '2024-06-01', date_precision: 'month', review: { status: 'disputed' } });
  });

  it('gives every company both Chinese names and both descriptions', () => {
    const companies = dataset.entities.filter((e) => e.type === 'company');
    expect(companies.length).toBeGreaterThanOrEqual(16);
    for (const c of companies) {
      expect(c.name_zh.trim(), c.id).not.toBe('');
      expect(c.name_zh_hans?.trim() ?? '', c.id).not.toBe('');
      expect(c.description_en.trim(), c.id).not.toBe('');
      expect(c.description_zh.trim(), c.id).not.toBe('');
      expect(c.description_zh, `${c.id} description_zh should be Chinese`).toMatch(/[\u4e00-\u9fff]/);
    }
  });

  it('finds names across Traditional, Simplified and English aliases', () => {
    const names = (id: string) => {
      const e = entity(id);
      return e ? [e.name_en, e.name_zh, e.name_zh_hans, ...e.aliases] : [];
    };
    expect(names('zhipu-ai')).toEqual(expect.arrayContaining(['智譜', '智谱', 'Zhipu']));
    expect(names('sensetime')).toEqual(expect.arrayContaining(['商湯', 'SenseTime']));
    expect(names('document-79')).toEqual(expect.arrayContaining(['去美化', 'Delete A']));
  });

  it('every source contributes at least one claim', () => {
    const claims = [...dataset.figures, ...dataset.events, ...dataset.relations, ...dataset.models, ...dataset.company_facts];
    for (const s of dataset.sources) {
      expect(claims.filter((c) => c.source_id === s.id).length, s.id).toBeGreaterThan(0);
    }
    expect(claims.some((c) => c.source_id === ARTICLE)).toBe(true);
    expect(claims.some((c) => c.source_id === DIGEST)).toBe(true);
  });

  it('every claim that is corroborated or disputed cites a reference', () => {
    const claims = [...dataset.figures, ...dataset.events, ...dataset.relations];
    for (const c of claims) {
      if (c.review.status !== 'unverified') expect(c.review.reference_title, c.id).not.toBeNull();
    }
  });
});
