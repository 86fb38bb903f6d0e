/**
 * The Companies list at five times the data (the real data and four synthetic copies, as the
 * growth bench makes it): more places than the headquarters filter lists, and more rows than a
 * page. The page stays one page of rows and short filter lists, and every city still filters.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Entity } from '@aiwatch/data/schemas';
import { closeSharedDb, createDb, provideSharedDb, seedDatabase } from '@aiwatch/db';
import { dashboardKit } from '../bench/kit-render.ts';
import { scaledDataset } from '../bench/scaled-dataset.ts';

const data = scaledDataset(5);
const byId = new Map(data.entities.map((e) => [e.id, e]));
/** What the headquarters filter offers at most. */
const CHOICES = 40;

/** The places entities have their headquarters in, most used first, then by id (the filter's order of choosing). */
const places = (() => {
  const uses = new Map<string, number>();
  for (const e of data.entities) if (e.hq) uses.set(e.hq, (uses.get(e.hq) ?? 0) + 1);
  return [...uses].sort(([a, x], [b, y]) => y - x || (a < b ? -1 : 1)).map(([id]) => id);
})();

const decoded = (html: string) => html.replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');
/** The options of the `<select name="…">`, as value and label. */
function options(html: string, name: string): { value: string; label: string; selected: boolean }[] {
  const select = new RegExp(`<select name="${name}"[^>]*>([\\s\\S]*?)</select>`).exec(html)?.[1] ?? '';
  return [...select.matchAll(/<option value="([^"]*)"([^>]*)>([^<]*)<\/option>/g)].map((m) => ({ value: m[1]!, label: m[3]!, selected: /selected/.test(m[2]!) }));
}
const rowIds = (html: string) => [...html.matchAll(/id="pick-([^"]+)"/g)].map((m) => m[1]!);

describe('the Companies list at five times the data', () => {
  let page: (path: string) => Promise<string>;

  beforeAll(async () => {
    const handle = await createDb({ pgliteDir: 'memory' });
    await handle.migrate();
    await seedDatabase(handle.db, data);
    provideSharedDb(handle);
    const respond = await dashboardKit();
    page = async (path) => {
      const res = await respond(path);
      const body = await res.text();
      expect(res.status, `${path}: ${body.slice(0, 300)}`).toBe(200);
      return decoded(body);
    };
  }, 120_000);
  afterAll(() => closeSharedDb());

  it('shows fifty rows, the most used places, and says how to reach the others', async () => {
    expect(places.length).toBeGreaterThan(CHOICES);
    const html = await page('/companies');
    const companies = data.entities.filter((e) => e.type === 'company');
    expect(rowIds(html)).toHaveLength(50);
    expect(html).toContain(`1–50 of ${companies.length} shown`);
    const cities = options(html, 'city').slice(1);
    expect(new Set(cities.map((c) => c.value))).toEqual(new Set(places.slice(0, CHOICES)));
    // Listed by name, as the reader reads them.
    const collator = new Intl.Collator('en', { sensitivity: 'base', numeric: true });
    expect(cities.map((c) => c.label)).toEqual(cities.map((c) => c.label).sort(collator.compare));
    expect(html).toContain('Only the most used groups and places are listed here.');
  });

  it('filters by a city beyond the list, and lists it as chosen', async () => {
    const city = places.at(-1)!;
    expect(places.indexOf(city)).toBeGreaterThanOrEqual(CHOICES);
    const html = await page(`/zh-hant/companies?type=all&city=${city}`);
    expect(html).not.toContain('部分篩選條件無法辨識');
    expect(options(html, 'city').filter((o) => o.selected)).toEqual([{ value: city, label: byId.get(city)!.name_zh, selected: true }]);
    expect(rowIds(html).sort()).toEqual(data.entities.filter((e) => e.hq === city).map((e) => e.id).sort());
  });

  it('ignores, and says so, a city or group that is none', async () => {
    const html = await page('/companies?city=zhipu-ai-s3&group=zhipu-ai');
    expect(html).toContain('Some filters were not understood and are ignored: group, city.');
    expect(rowIds(html)).toHaveLength(50);
  });

  it('pages in Traditional Chinese reading order, the second page where the first ends', async () => {
    const collator = new Intl.Collator('zh-Hant', { sensitivity: 'base', numeric: true });
    const expected = data.entities
      .filter((e) => e.type === 'company')
      .sort((a: Entity, b: Entity) => collator.compare(a.name_zh, b.name_zh) || (a.id < b.id ? -1 : 1))
      .map((e) => e.id);
    const first = await page('/zh-hant/companies');
    const second = await page('/zh-hant/companies?page=2');
    expect([...rowIds(first), ...rowIds(second)]).toEqual(expected.slice(0, 100));
    expect(second).toContain(`第 51–100 筆，共 ${expected.length} 筆`);
  });
});
