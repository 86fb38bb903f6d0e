import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SQLWrapper } from 'drizzle-orm';
import { dataset } from '@aiwatch/data';
import type { Model } from '@aiwatch/data/schemas';
import { seededDatabase, testDatabases } from '../testing/databases.ts';
import { planWithoutScans } from '../testing/plan.ts';
import type { Database } from '../client.ts';
import { developerModelStats, largestTrainingRuns, modelsByYear } from './model-stats.ts';
import { listModels, modelFacets, modelPageQuery, modelTableQuery, modelTablePage } from './models.ts';
import type { Page } from './pagination.ts';

const all = dataset.models;
const ids = (ms: readonly Model[]) => ms.map((m) => m.id).sort();
const byDeveloper = (id: string) => all.filter((m) => m.developers.some((d) => d.entity_id === id));

async function every(fetch: (cursor?: string) => Promise<Page<Model>>): Promise<Model[]> {
  const items: Model[] = [];
  let cursor: string | undefined;
  do {
    const page = await fetch(cursor);
    items.push(...page.items);
    cursor = page.next_cursor ?? undefined;
  } while (cursor);
  return items;
}

describe.each(testDatabases)('model queries on $name', (kind) => {
  let dispose: () => Promise<void>;
  let db: Database;
  beforeAll(async () => {
    const seeded = await seededDatabase(kind);
    db = seeded.handle.db;
    dispose = seeded.dispose;
  });
  afterAll(() => dispose?.());

  it('gives back every model exactly as the data package holds it', async () => {
    const items = await every((cursor) => listModels(db, { limit: 500, cursor }));
    expect(items).toEqual([...all].sort((a, b) => (a.id < b.id ? -1 : 1)));
  });

  it.each([
    ['developer', { developer: 'deepseek' }, (m: Model) => m.developers.some((d) => d.entity_id === 'deepseek')],
    ['country', { country: 'China' }, (m: Model) => m.countries.includes('China')],
    ['open weights', { open_weights: 'false' as const }, (m: Model) => m.open_weights === false],
    ['dates', { from: '2024-01-01', to: '2024-06-30' }, (m: Model) => m.published_on !== null && m.published_on >= '2024-01-01' && m.published_on <= '2024-06-30'],
    ['domain and country', { domain: 'Vision', country: 'China' }, (m: Model) => m.domains.includes('Vision') && m.countries.includes('China')],
    ['q on a developer name', { q: 'moonshot' }, (m: Model) => /moonshot/i.test(m.name) || m.developers.some((d) => /moonshot/i.test(d.name))],
    ['q that is JSON syntax, not a name', { q: 'entity_id' }, () => false],
  ])('filters by %s', async (_name, filters, predicate) => {
    const items = await every((cursor) => listModels(db, { ...filters, limit: 500, cursor }));
    expect(ids(items)).toEqual(ids(all.filter(predicate)));
  });

  const plan = (query: (tx: Database) => SQLWrapper) => planWithoutScans(db, query);

  it('reads the models a search matches through the trigram index, not every model before them in id order', async () => {
    // Without the search read apart, the planner walks the id index to skip sorting, through every
    // model before DeepSeek's (ids follow names).
    expect(await plan((tx) => modelPageQuery(tx, { q: 'deepseek', limit: 50 }))).toContain('models_search_idx');
  });

  it('reads the table’s first page, newest first, from an index rather than sorting every model', async () => {
    expect(await plan((tx) => modelTableQuery(tx, {}, { by: 'published_on', dir: 'desc' }, { offset: 0, limit: 50 }))).toContain('models_newest_idx');
  });

  it('sorts a table page by any column with missing values last, and pages never overlap', async () => {
    const sort = { by: 'parameters' as const, dir: 'desc' as const };
    const first = await modelTablePage(db, { country: 'China' }, sort, { offset: 0, limit: 25 });
    const second = await modelTablePage(db, { country: 'China' }, sort, { offset: 25, limit: 25 });
    expect(first.total).toBe(all.filter((m) => m.countries.includes('China')).length);
    const values = [...first.items, ...second.items].map((m) => m.parameters!);
    expect(values).toEqual([...values].sort((a, b) => b - a));
    expect(new Set([...first.items, ...second.items].map((m) => m.id)).size).toBe(50);
    const last = await modelTablePage(db, { country: 'China' }, sort, { offset: first.total - 1, limit: 25 });
    expect(last.items.map((m) => m.parameters)).toEqual([null]);
  });

  it('counts facet values as the data does', async () => {
    const facets = await modelFacets(db);
    expect(facets.countries.find((c) => c.value === 'China')?.models).toBe(all.filter((m) => m.countries.includes('China')).length);
    expect(facets.accessibility.reduce((n, a) => n + a.models, 0)).toBe(all.filter((m) => m.accessibility !== null).length);
  });

  it('sums a developer’s models: per year, largest, open share, first and latest', async () => {
    const stats = (await developerModelStats(db, ['deepseek', 'no-such-developer'])).get('deepseek')!;
    const mine = byDeveloper('deepseek');
    expect(stats.models).toBe(mine.length);
    expect(stats.per_year.reduce((n, y) => n + y.models, 0)).toBe(mine.filter((m) => m.published_on).length);
    const maxCompute = Math.max(...mine.flatMap((m) => (m.training_compute ? [m.training_compute] : [])));
    expect(stats.largest_training_compute?.value).toBe(maxCompute);
    expect(stats.open_weights).toEqual({ open: mine.filter((m) => m.open_weights).length, known: mine.filter((m) => m.open_weights !== null).length });
    expect(stats.latest_release).toBe(mine.map((m) => m.published_on ?? '').sort().at(-1));
    expect((await developerModelStats(db, ['no-such-developer'])).get('no-such-developer')!.models).toBe(0);
  });

  it('counts models per year by country and the open-weights share', async () => {
    const years = await modelsByYear(db);
    const y2024 = years.find((y) => y.year === 2024)!;
    const in2024 = all.filter((m) => m.published_on?.startsWith('2024'));
    expect(y2024.china).toBe(in2024.filter((m) => m.countries.includes('China')).length);
    expect(y2024.rest).toBe(in2024.filter((m) => !m.countries.includes('China') && !m.countries.includes('United States of America')).length);
    expect(y2024.china_open_weights).toBe(in2024.filter((m) => m.countries.includes('China') && m.open_weights).length);
  });

  it('lists the largest training runs of a country', async () => {
    const runs = await largestTrainingRuns(db, 'China', 5);
    const expected = all
      .filter((m) => m.countries.includes('China') && m.training_compute !== null)
      .sort((a, b) => b.training_compute! - a.training_compute! || (a.id < b.id ? -1 : 1))
      .slice(0, 5);
    expect(runs.map((r) => r.id)).toEqual(expected.map((m) => m.id));
    expect(runs[0]!.developers).toEqual(expected[0]!.developers.map((d) => d.name));
  });
});
