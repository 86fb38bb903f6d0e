import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dataset, type Dataset } from '@aiwatch/data';
import { entityTypes, type Entity } from '@aiwatch/data/schemas';
import type { SQLWrapper } from 'drizzle-orm';
import type { Database } from '../client.ts';
import { seededDatabase, testDatabases } from '../testing/databases.ts';
import { planWithoutScans } from '../testing/plan.ts';
import { countEntityList, entityListPage, entityListQuery, entityListTypeCounts, isHeadquarters, listChoices, type EntityListFilters, type EntityListOrder } from './entity-list.ts';

const PAGE = 50;

/**
 * Names a collation must get right, beside the real ones: case and accents (equal to the collator,
 * so the id decides), numbers by value, full-width letters, the same name in two entities, and
 * Chinese ordered as zh-Hant orders it, not by code point.
 */
const tricky: [string, string][] = [
  ['alpha lab', '甲實驗室'],
  ['Alpha Lab', '甲實驗室'],
  ['Émile AI', '埃米爾'],
  ['Emile AI', '愛彌兒'],
  ['Lab 2', '實驗室2'],
  ['Lab 10', '實驗室10'],
  ['lab 1', '實驗室1'],
  ['Ｗide Letters', '全形ＡＩ'],
  ['Zeta', '中關村模型'],
  ['zeta', '一號模型'],
  ['Ångström Robotics', '北京機器人'],
  ['Oz', '二號模型'],
  ['0 Day', '〇號'],
];
const places = ['beijing', 'shanghai', 'hangzhou', 'shenzhen', 'zhongguancun'];
const extra: Entity[] = Array.from({ length: 70 }, (_, i) => {
  const [en, zh] = tricky[i % tricky.length]!;
  const round = Math.floor(i / tricky.length);
  const hq = i % 4 === 3 ? null : places[i % places.length]!;
  const founded = i % 5 === 0 ? null : 1990 + ((i * 7) % 35);
  return {
    id: `test-entity-${String(i).padStart(2, '0')}`,
    type: i % 6 === 5 ? 'investor' : 'company',
    name_en: round === 0 ? en : `${en} ${round}`,
    name_zh: round === 0 ? zh : `${zh}${round}`,
    name_zh_hans: null,
    aliases: i === 7 ? ['collation probe'] : [],
    group_ids: i % 9 === 0 ? ['ai-four-dragons'] : [],
    hq,
    founded,
    description_en: 'A test entity.',
    description_zh: '測試用。',
    reference_title: hq || founded ? 'Test reference' : null,
    reference_title_zh: hq || founded ? '測試參考' : null,
    reference_url: hq || founded ? 'https://example.org/' : null,
  };
});
const data: Dataset = { ...dataset, entities: [...dataset.entities, ...extra] };
const all = data.entities;
const byId = new Map(all.map((e) => [e.id, e]));
const figureCount = (e: Entity) => data.figures.filter((f) => f.entity_id === e.id).length;

/** The order the dashboard sorted every row in, with Intl.Collator, before paging moved to the database. */
function jsOrder(rows: readonly Entity[], o: EntityListOrder): string[] {
  const collator = new Intl.Collator(o.lang, { sensitivity: 'base', numeric: true });
  const name = (e: Entity) => (o.lang === 'en' ? e.name_en : e.name_zh);
  const value = (e: Entity): string | number | null =>
    o.by === 'name'
      ? name(e)
      : o.by === 'city'
        ? e.hq && name(byId.get(e.hq)!)
        : o.by === 'founded'
          ? e.founded
          : o.by === 'type'
            ? (o.typeOrder ?? [...entityTypes].sort()).indexOf(e.type)
            : figureCount(e);
  const sign = o.dir === 'desc' ? -1 : 1;
  return [...rows]
    .sort((a, b) => {
      const [x, y] = [value(a), value(b)];
      if (x === null || y === null) {
        if (x !== y) return x === null ? 1 : -1;
      } else {
        const primary = typeof x === 'number' && typeof y === 'number' ? x - y : collator.compare(String(x), String(y));
        if (primary !== 0) return sign * primary;
      }
      return collator.compare(name(a), name(b)) || (a.id < b.id ? -1 : 1);
    })
    .map((e) => e.id);
}

const matches = (f: EntityListFilters) => (e: Entity) =>
  (!f.type || e.type === f.type) &&
  (!f.group || e.group_ids.includes(f.group)) &&
  (!f.hq || e.hq === f.hq) &&
  (!f.q || [e.id, e.name_en, e.name_zh, e.name_zh_hans, ...e.aliases].some((n) => n?.toLowerCase().includes(f.q!.toLowerCase())));

describe.each(testDatabases)('the Companies list on $name', (kind) => {
  let db: Database;
  let dispose: () => Promise<void>;
  beforeAll(async () => {
    const seeded = await seededDatabase(kind, data);
    db = seeded.handle.db;
    dispose = seeded.dispose;
  });
  afterAll(() => dispose?.());

  /** Every row of a view, page by page as the dashboard reads them; checks each page's total on the way. */
  async function everyPage(f: EntityListFilters, o: EntityListOrder): Promise<string[]> {
    const ids: string[] = [];
    for (let offset = 0; ; offset += PAGE) {
      const page = await entityListPage(db, f, o, { offset, limit: PAGE });
      expect(page.total).toBe(all.filter(matches(f)).length);
      expect(page.items.length).toBe(Math.max(0, Math.min(PAGE, page.total - offset)));
      ids.push(...page.items.map((e) => e.id));
      if (offset + PAGE >= page.total) return ids;
    }
  }

  it.each([['en'], ['zh-Hant']] as const)('orders every entity by name as Intl.Collator does for %s, both ways, over pages', async (lang) => {
    expect(all.length).toBeGreaterThan(3 * PAGE);
    for (const dir of ['asc', 'desc'] as const) {
      const o = { by: 'name', dir, lang } as const;
      expect(await everyPage({}, o), dir).toEqual(jsOrder(all, o));
    }
  });

  it('puts numbers in names by value, and holds case and accents equal (then by id)', async () => {
    const names = (await everyPage({ q: 'test-entity' }, { by: 'name', dir: 'asc', lang: 'en' })).map((id) => byId.get(id)!.name_en);
    expect(names.indexOf('lab 1')).toBeLessThan(names.indexOf('Lab 2'));
    expect(names.indexOf('Lab 2')).toBeLessThan(names.indexOf('Lab 10'));
    expect(names.slice(names.indexOf('alpha lab'), names.indexOf('alpha lab') + 2)).toEqual(['alpha lab', 'Alpha Lab']);
  });

  const sorts = ['type', 'city', 'founded', 'figures'] as const;
  const typeOrder = [...entityTypes].reverse();
  it.each(sorts.flatMap((by) => (['en', 'zh-Hant'] as const).map((lang) => [by, lang] as const)))(
    'sorts by %s (%s) as the table did, blanks last either way, then by name',
    async (by, lang) => {
      for (const dir of ['asc', 'desc'] as const) {
        const o: EntityListOrder = { by, dir, lang, typeOrder };
        expect(await everyPage({}, o), dir).toEqual(jsOrder(all, o));
      }
    },
  );

  it('sorts by type in id order when no order of the types is given', async () => {
    const o = { by: 'type', dir: 'asc', lang: 'en' } as const;
    expect(await everyPage({}, o)).toEqual(jsOrder(all, o));
  });

  it.each<[string, EntityListFilters]>([
    ['type', { type: 'company' }],
    ['group', { group: 'ai-four-dragons' }],
    ['headquarters', { hq: 'beijing' }],
    ['search in English', { q: 'lab' }],
    ['search in Chinese', { q: '實驗室' }],
    ['search by alias', { q: 'collation probe' }],
    ['search with LIKE wildcards', { q: '100%_' }],
    ['everything at once', { type: 'company', hq: 'beijing', q: 'a' }],
    ['a group and a city no entity has', { group: 'soes', hq: 'beijing' }],
  ])('filters by %s, in the order of the sort', async (_name, f) => {
    const expected = all.filter(matches(f));
    for (const o of [{ by: 'name', dir: 'asc', lang: 'zh-Hant' }, { by: 'founded', dir: 'desc', lang: 'en' }] as const) {
      expect(await everyPage(f, o)).toEqual(jsOrder(expected, o));
    }
    expect(await countEntityList(db, f)).toBe(expected.length);
  });

  it('pages meet without gap or overlap, and past the end is empty with the same total', async () => {
    const o = { by: 'city', dir: 'asc', lang: 'en' } as const;
    const whole = jsOrder(all, o);
    const page = (offset: number, limit = PAGE) => entityListPage(db, {}, o, { offset, limit }).then((p) => p.items.map((e) => e.id));
    expect(await page(0)).toEqual(whole.slice(0, PAGE));
    expect(await page(PAGE)).toEqual(whole.slice(PAGE, 2 * PAGE));
    expect(await page(PAGE - 1, 2)).toEqual(whole.slice(PAGE - 1, PAGE + 1));
    const lastStart = Math.floor((whole.length - 1) / PAGE) * PAGE;
    expect(await page(lastStart)).toEqual(whole.slice(lastStart));
    const beyond = await entityListPage(db, {}, o, { offset: whole.length, limit: PAGE });
    expect(beyond).toEqual({ items: [], total: whole.length });
  });

  const plan = (query: (tx: Database) => SQLWrapper) => planWithoutScans(db, query);

  it.each([
    ['en', 'entity_order_name_en_idx'],
    ['zh-Hant', 'entity_order_name_zh_idx'],
  ] as const)('reads the first page of companies by name (%s) from the index of name ranks, not sorting every entity', async (lang, index) => {
    expect(await plan((tx) => entityListQuery(tx, { type: 'company' }, { by: 'name', dir: 'asc', lang }, { offset: 0, limit: PAGE }))).toContain(index);
  });

  it('gives each row its entity as the data has it and its number of figures', async () => {
    const { items } = await entityListPage(db, { q: 'zhipu' }, { by: 'name', dir: 'asc', lang: 'en' }, { offset: 0, limit: PAGE });
    const zhipu = items.find((e) => e.id === 'zhipu-ai')!;
    const { figure_count, ...entity } = zhipu;
    expect(entity).toEqual(byId.get('zhipu-ai'));
    expect(figure_count).toBe(figureCount(byId.get('zhipu-ai')!));
    expect(figure_count).toBeGreaterThan(0);
  });

  it('counts what the filters find in each type, most first', async () => {
    const counts = await entityListTypeCounts(db, { hq: 'beijing' });
    const expected = new Map<string, number>();
    for (const e of all.filter(matches({ hq: 'beijing' }))) expected.set(e.type, (expected.get(e.type) ?? 0) + 1);
    expect(new Map(counts.map((c) => [c.type, c.n]))).toEqual(expected);
    expect(counts.map((c) => c.n)).toEqual(counts.map((c) => c.n).sort((a, b) => b - a));
  });

  it.each([
    ['group', (e: Entity) => e.group_ids],
    ['hq', (e: Entity) => (e.hq ? [e.hq] : [])],
  ] as const)('offers the %s choices most used first, as many as asked, and says how many there are', async (of, used) => {
    const uses = new Map<string, number>();
    for (const e of all) for (const id of used(e)) uses.set(id, (uses.get(id) ?? 0) + 1);
    const ranked = [...uses].sort(([a, x], [b, y]) => y - x || (a < b ? -1 : 1));
    const top = await listChoices(db, of, 3);
    expect(top.total).toBe(uses.size);
    expect(top.items.map((c) => [c.entity.id, c.uses])).toEqual(ranked.slice(0, 3));
    expect(top.items[0]!.entity).toEqual(byId.get(ranked[0]![0]));
    expect((await listChoices(db, of, 1000)).items).toHaveLength(uses.size);
  });

  it('knows which places are headquarters', async () => {
    expect(await isHeadquarters(db, 'beijing')).toBe(true);
    expect(await isHeadquarters(db, 'soviet-union')).toBe(all.some((e) => e.hq === 'soviet-union'));
    expect(await isHeadquarters(db, 'zhipu-ai')).toBe(false);
    expect(await isHeadquarters(db, 'no-such-entity')).toBe(false);
  });
});
