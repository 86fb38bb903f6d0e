import { describe, expect, it } from 'vitest';
import { RowValidationError } from '../epoch-models/import-models.ts';
import { scratch, toCsv, writeCsv, type TestRow } from '../epoch-models/testing/csv.ts';
import { FACT_COLUMNS, importCompanyFacts, proceedsBasis, type ChineseLabels } from './import-facts.ts';

const RATES = toCsv(
  [
    { period: '2023', currency: 'CNY', units_per_usd: '7.0809', kind: 'annual average', source_url: 'https://federalreserve.gov/releases/g5a/20240201', source_title: 'Fed G.5A' },
    { period: '2023', currency: 'HKD', units_per_usd: '7.8292', kind: 'annual average', source_url: 'https://federalreserve.gov/releases/g5a/20240201', source_title: 'Fed G.5A' },
  ],
  ['period', 'currency', 'units_per_usd', 'kind', 'source_url', 'source_title'],
);
const ENTITIES = { 'Zhipu AI': { entity: 'zhipu-ai', company: 'zhipu-ai' }, 'MiniMax (Talkie/Xingye)': { entity: 'talkie', company: 'minimax' } };
const fact = (extra: TestRow): TestRow => ({
  entity: 'Zhipu AI',
  metric: 'funding_round',
  value_as_written: 'US$100 million',
  value: '100000000',
  currency: 'USD',
  qualifier: 'exact',
  as_of: '2024-05',
  round: '',
  investors: 'Alibaba; Tencent',
  source_url: 'https://news.example/a',
  publisher: 'Example News',
  published: '2024-05-20',
  language: 'en',
  reliability: 'medium',
  note: 'somebody else’s words, never imported',
  ...extra,
});
const NAMES = new Map([['Zhipu AI', { en: 'Zhipu AI', zh: '智譜華章' }]]);
const run = (rows: TestRow[], labels?: ChineseLabels) => {
  const dir = scratch();
  return importCompanyFacts(writeCsv(dir, 'facts.csv', toCsv(rows, [...FACT_COLUMNS])), writeCsv(dir, 'fx.csv', RATES), ENTITIES, NAMES, [], {}, undefined, labels);
};

describe('company facts import', () => {
  it('makes one claim per row, one source per article, and leaves the notes out', async () => {
    const { snapshot } = await run([fact({}), fact({ source_url: 'https://news.example/b', value_as_written: '1亿美元', language: 'zh-Hans' })]);
    expect(snapshot.facts).toHaveLength(2);
    expect(snapshot.articles.map((a) => a.kind)).toEqual(['article', 'article']);
    expect(snapshot.facts[0]!.investors).toEqual(['Alibaba', 'Tencent']);
    expect(JSON.stringify(snapshot)).not.toContain('somebody else');
  });

  it('gives publishers, rounds and rate sources the Chinese labels it is given, and article titles Chinese names', async () => {
    const labels = { publishers: { 'Example News': '範例新聞' }, rounds: { 'Series B': 'B輪' }, rateSources: { 'Fed G.5A': '聯準會G.5A' } };
    const { snapshot } = await run([fact({ round: 'Series B', value_as_written: '7億元', value: '700000000', currency: 'CNY', as_of: '2023-05' })], labels);
    expect(snapshot.articles[0]).toMatchObject({ publisher: 'Example News', publisher_zh: '範例新聞', title_zh: '範例新聞：關於智譜華章的報導' });
    expect(snapshot.facts[0]).toMatchObject({ round: 'Series B', round_zh: 'B輪' });
    expect(snapshot.groups[0]!.round_zh).toBe('B輪');
    expect(snapshot.facts[0]!.usd).toMatchObject({ method: 'rate', rate_source_zh: '聯準會G.5A（https://federalreserve.gov/releases/g5a/20240201）' });
  });

  it('leaves the Chinese fields empty where it has no label, rather than repeating the English', async () => {
    const { snapshot } = await run([fact({ round: 'Series B', value_as_written: '7億元', value: '700000000', currency: 'CNY', as_of: '2023-05' })]);
    expect(snapshot.articles[0]!.publisher_zh).toBeNull();
    expect(snapshot.facts[0]!.round_zh).toBeNull();
    expect(snapshot.facts[0]!.usd!.rate_source_zh).toBeNull();
  });

  it('groups reports of one fact: a report naming no round joins the one round the others name', async () => {
    const { snapshot } = await run([
      fact({ round: 'Series B+' }),
      fact({ round: 'B+', source_url: 'https://news.example/b' }),
      fact({ round: '', source_url: 'https://news.example/c' }),
    ]);
    expect(new Set(snapshot.facts.map((f) => f.group_id)).size).toBe(1);
    expect(snapshot.groups[0]).toMatchObject({ agreement: 'agree', claims: 3 });
  });

  it('keeps rounds apart when the reports name several, and a report naming none apart from both', async () => {
    const { snapshot } = await run([fact({ round: 'B1' }), fact({ round: 'B2', source_url: 'https://news.example/b' }), fact({ source_url: 'https://news.example/c' })]);
    expect(snapshot.groups).toHaveLength(3);
  });

  it('converts other currencies with the rate of the fact’s year, and keeps products apart from their company', async () => {
    const { snapshot } = await run([fact({ entity: 'MiniMax (Talkie/Xingye)', metric: 'revenue', value: '708090000', currency: 'CNY', value_as_written: '7.0809億元', as_of: '2023' })]);
    expect(snapshot.facts[0]).toMatchObject({ entity_id: 'talkie', company_id: 'minimax', usd: { value: 100_000_000, method: 'rate', rate_period: '2023' } });
  });

  it('reports rows that state no figure or no date, and refuses unknown entities and bad cells with row and column', async () => {
    const { report } = await run([fact({}), fact({ value: '', value_as_written: 'hundreds of millions' }), fact({ as_of: '' })]);
    expect(report.skipped.map((s) => s.row)).toEqual([2, 3]);
    const error = await run([fact({ entity: 'Nobody Inc' }), fact({ metric: 'profit' }), fact({ value: '1,000' })]).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(RowValidationError);
    expect((error as RowValidationError).errors.map((e) => `${e.row}:${e.column}`)).toEqual(['1:entity', '2:metric', '3:value']);
  });
});

describe('investors', () => {
  it('resolve to entities with the report’s brackets stripped, and each makes an invested_in claim of the report', async () => {
    const dir = scratch();
    const resolve = (name: string) => ({ Alibaba: 'alibaba', Tencent: 'tencent' })[name] ?? null;
    const { snapshot, report } = await importCompanyFacts(
      writeCsv(dir, 'facts.csv', toCsv([fact({ investors: 'Alibaba (lead); Tencent; Nobody Capital', as_of: '2024-05' })], [...FACT_COLUMNS])),
      writeCsv(dir, 'fx.csv', RATES),
      ENTITIES,
      new Map(),
      [],
      {},
      resolve,
    );
    expect(snapshot.facts[0]!.investor_ids).toEqual(['alibaba', 'tencent']);
    expect(snapshot.relations.map((r) => [r.subject_id, r.predicate, r.object_id, r.as_of, r.source_text, r.locator])).toEqual([
      ['alibaba', 'invested_in', 'zhipu-ai', '2024-05-01', 'Alibaba (lead)', 'page'],
      ['tencent', 'invested_in', 'zhipu-ai', '2024-05-01', 'Tencent', 'page'],
    ]);
    expect(report.investors.unresolved).toEqual(['Nobody Capital']);
  });
});

describe('gross and net IPO proceeds', () => {
  it('are read from the note as facts and never compared with each other', async () => {
    expect(proceedsBasis('ipo_proceeds', 'Net proceeds per allotment announcement; gross expected higher')).toBe('net');
    expect(proceedsBasis('ipo_proceeds', 'Called GROSS (募资总额)')).toBe('gross');
    expect(proceedsBasis('ipo_proceeds', "Says '扣除相关费用后' 43亿")).toBe('net');
    expect(proceedsBasis('ipo_proceeds', 'Reuters copy')).toBeNull();
    expect(proceedsBasis('funding_round', 'net of fees')).toBeNull();
    expect(proceedsBasis('users', 'WEEKLY active users per QuestMobile')).toBe('weekly_active');
    expect(proceedsBasis('users', 'PAYING users, 9M2025')).toBe('paying');
    expect(proceedsBasis('users', 'Developers (not consumers)')).toBe('developers');
    const ipo = { metric: 'ipo_proceeds', round: 'IPO', currency: 'HKD', as_of: '2026-01-08' };
    const { snapshot } = await run([
      fact({ ...ipo, value: '4173400000', value_as_written: 'HK$4.1734 billion', note: 'net proceeds' }),
      fact({ ...ipo, value: '4300000000', value_as_written: '43亿港元', note: 'gross raise', source_url: 'https://news.example/b' }),
    ]);
    expect(snapshot.groups.map((g) => [g.basis, g.agreement])).toEqual([
      ['gross', 'alone'],
      ['net', 'alone'],
    ]);
    expect(snapshot.facts.every((f) => f.agreement === 'alone' && f.reliability === 'medium')).toBe(true);
  });
});
