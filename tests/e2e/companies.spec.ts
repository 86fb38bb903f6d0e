import { dataset } from '@aiwatch/data';
import type { Entity } from '@aiwatch/data/schemas';
import { expect, test, type Page } from '@playwright/test';
import { texts } from './helpers.ts';

const rows = (page: Page) => page.locator('table.entities tbody tr');
const names = (page: Page) => texts(rows(page).locator('th.name > a'));
const column = (page: Page, label: string) => texts(rows(page).locator(`td[data-label="${label}"]`));
const shown = (page: Page) => page.locator('p.count[role="status"]');
const filters = (page: Page) => page.getByRole('search');

test('the type and group filters narrow the list, and the URL says so', async ({ page }) => {
  await page.goto('/companies');
  const all = await rows(page).count();
  expect(all).toBeGreaterThan(10);
  expect(new Set(await column(page, 'Type'))).toEqual(new Set(['Company']));

  await filters(page).getByRole('combobox', { name: /^Type/ }).selectOption({ label: 'Policy' });
  await filters(page).getByRole('button', { name: 'Apply' }).click();
  await expect(page).toHaveURL(/[?&]type=policy(&|$)/);
  await expect(shown(page)).toHaveText(`${await rows(page).count()} shown`);
  expect(new Set(await column(page, 'Type'))).toEqual(new Set(['Policy']));
  expect(await names(page)).toEqual(expect.arrayContaining(['Compute vouchers', 'Model vouchers', 'Document 79']));
  expect(await names(page)).not.toContain('Zhipu AI');

  await page.goto('/companies');
  await filters(page).getByRole('combobox', { name: /^Group/ }).selectOption({ label: 'AI four dragons' });
  await filters(page).getByRole('button', { name: 'Apply' }).click();
  await expect(page).toHaveURL(/[?&]group=ai-four-dragons(&|$)/);
  expect(await names(page)).toEqual(['CloudWalk', 'Megvii', 'SenseTime', 'Yitu Technology']);
  await expect(shown(page)).toHaveText('4 shown');
  expect(new Set(await column(page, 'Groups'))).toEqual(new Set(['AI four dragons']));

  // Clearing the filters brings the whole list back.
  await page.getByRole('link', { name: 'Clear filters' }).click();
  await expect(page).toHaveURL(/\/companies$/);
  await expect(rows(page)).toHaveCount(all);
});

for (const search of ['Zhipu', '智譜', '智谱']) {
  test(`searching “${search}” finds Zhipu AI`, async ({ page }) => {
    await page.goto('/companies');
    const box = filters(page).getByRole('searchbox', { name: 'Search names' });
    await box.fill(search);
    await box.press('Enter');
    await expect(page).toHaveURL((url) => url.searchParams.get('q') === search);
    await expect(shown(page)).toHaveText('1 shown');
    expect(await names(page)).toEqual(['Zhipu AI']);
    await expect(box).toHaveValue(search);
  });
}

test('a search that matches nothing says so', async ({ page }) => {
  await page.goto('/companies?q=no-such-name-at-all');
  await expect(shown(page)).toHaveText('0 shown');
  await expect(page.getByText('Nothing matches these filters.')).toBeVisible();
  await expect(rows(page)).toHaveCount(0);
});

test('a search the type filter hides names the types that match and links to them', async ({ page }) => {
  // Kimi is a product: the default list (companies) shows none, and says what it hides.
  const kimi = dataset.entities.filter((e) => [e.id, e.name_en, e.name_zh, e.name_zh_hans, ...e.aliases].some((n) => n?.toLowerCase().includes('kimi')));
  expect(kimi.map((e) => e.type)).toEqual(['product']);
  await page.goto('/companies?q=kimi');
  await expect(shown(page)).toHaveText('0 shown');
  await expect(page.getByText('No companies match “kimi”; 1 product does.')).toBeVisible();
  await expect(page.getByText('Nothing matches these filters.')).toHaveCount(0);
  await page.getByRole('link', { name: 'Show all types' }).click();
  await expect(page).toHaveURL((url) => url.searchParams.get('type') === 'all' && url.searchParams.get('q') === 'kimi');
  expect(await names(page)).toEqual(['Kimi']);

  await page.goto('/zh-hant/companies?q=kimi');
  await expect(page.getByText('沒有企業符合「kimi」；1 個產品符合。')).toBeVisible();
  await page.getByRole('link', { name: '顯示所有類型' }).click();
  await expect(page).toHaveURL((url) => url.pathname === '/zh-hant/companies' && url.searchParams.get('type') === 'all');
  await expect(rows(page)).toHaveCount(1);

  // A search nothing matches, in any type, offers no such link.
  await page.goto('/companies?q=no-such-name-at-all');
  await expect(page.getByRole('link', { name: 'Show all types' })).toHaveCount(0);
});

test('sorting by a column header changes the order, both ways', async ({ page }) => {
  await page.goto('/companies');
  const byName = await names(page);
  const collator = new Intl.Collator('en', { sensitivity: 'base', numeric: true });
  expect(byName).toEqual([...byName].sort(collator.compare));

  const header = page.locator('table.entities thead th', { hasText: 'Founded' });
  await header.getByRole('link').click();
  await expect(page).toHaveURL(/[?&]sort=founded(&|$)/);
  await expect(header).toHaveAttribute('aria-sort', 'ascending');
  const years = (await column(page, 'Founded')).filter((y) => y !== '—').map(Number);
  expect(years.length).toBeGreaterThan(5);
  expect(years).toEqual([...years].sort((a, b) => a - b));
  expect(await names(page)).not.toEqual(byName);
  expect((await names(page)).slice().sort()).toEqual(byName.slice().sort());

  await header.getByRole('link').click();
  await expect(page).toHaveURL(/[?&]sort=-founded(&|$)/);
  await expect(header).toHaveAttribute('aria-sort', 'descending');
  const down = (await column(page, 'Founded')).filter((y) => y !== '—').map(Number);
  expect(down).toEqual([...years].sort((a, b) => b - a));
  // Rows without a year go last either way.
  const founded = await column(page, 'Founded');
  const firstBlank = founded.indexOf('—');
  if (firstBlank >= 0) expect(founded.slice(firstBlank).every((y) => y === '—')).toBe(true);
});

for (const reader of [
  { lang: 'en', prefix: '', collator: 'en', name: (e: Entity) => e.name_en, pages: 'Pages of the list', next: 'Next', of: (a: number, b: number, n: number) => `${a}–${b} of ${n} shown` },
  { lang: 'zh-hant', prefix: '/zh-hant', collator: 'zh-Hant', name: (e: Entity) => e.name_zh, pages: '清單分頁', next: '下一頁', of: (a: number, b: number, n: number) => `第 ${a}–${b} 筆，共 ${n} 筆` },
]) {
  test(`every type, fifty a page, in the reading order of ${reader.lang} (Intl.Collator's) across pages`, async ({ page }) => {
    const collator = new Intl.Collator(reader.collator, { sensitivity: 'base', numeric: true });
    const expected = [...dataset.entities]
      .sort((a, b) => collator.compare(reader.name(a), reader.name(b)) || (a.id < b.id ? -1 : 1))
      .map(reader.name);
    const total = expected.length;
    expect(total).toBeGreaterThan(100);
    await page.goto(`${reader.prefix}/companies?type=all`);
    const seen: string[] = [];
    for (let n = 1; ; n++) {
      const first = (n - 1) * 50 + 1;
      const last = Math.min(n * 50, total);
      await expect(shown(page)).toHaveText(reader.of(first, last, total));
      await expect(rows(page)).toHaveCount(last - first + 1);
      seen.push(...(await names(page)));
      const next = page.getByRole('navigation', { name: reader.pages }).getByRole('link', { name: new RegExp(reader.next) });
      if (last === total) {
        await expect(next).toHaveCount(0);
        break;
      }
      await next.click();
      await expect(page).toHaveURL((url) => url.searchParams.get('page') === String(n + 1) && url.searchParams.get('type') === 'all');
    }
    expect(seen).toEqual(expected);
  });
}

test('a filter sent from a later page starts again at the first, and a page past the end shows the last', async ({ page }) => {
  await page.goto('/companies?type=all&page=3');
  await expect(shown(page)).toHaveText(new RegExp(`^101–${dataset.entities.length} of`));
  await filters(page).getByRole('combobox', { name: /^Headquarters/ }).selectOption({ label: 'Beijing' });
  await filters(page).getByRole('button', { name: 'Apply' }).click();
  await expect(page).toHaveURL((url) => url.searchParams.get('city') === 'beijing' && !url.searchParams.has('page'));
  const beijing = dataset.entities.filter((e) => e.hq === 'beijing');
  await expect(shown(page)).toHaveText(`${beijing.length} shown`);
  expect((await names(page)).sort()).toEqual(beijing.map((e) => e.name_en).sort());
  await expect(page.getByRole('navigation', { name: 'Pages of the list' })).toHaveCount(0);

  await page.goto('/companies?type=all&page=99');
  await expect(shown(page)).toHaveText(new RegExp(`^101–${dataset.entities.length} of`));
});

test('sorting by figures starts with the most, and by type follows the type names', async ({ page }) => {
  await page.goto('/companies?type=all');
  const figures = page.locator('table.entities thead th', { hasText: 'Figures' });
  await figures.getByRole('link').click();
  await expect(page).toHaveURL(/[?&]sort=-figures(&|$)/);
  await expect(figures).toHaveAttribute('aria-sort', 'descending');
  const counts = (await column(page, 'Figures')).map(Number);
  const most = Math.max(...dataset.entities.map((e) => dataset.figures.filter((f) => f.entity_id === e.id).length));
  expect(counts[0]).toBe(most);
  expect(counts).toEqual([...counts].sort((a, b) => b - a));

  const type = page.locator('table.entities thead th', { hasText: 'Type' });
  await type.getByRole('link').click();
  await expect(page).toHaveURL(/[?&]sort=type(&|$)/);
  const types = await column(page, 'Type');
  const collator = new Intl.Collator('en');
  expect(types).toEqual([...types].sort(collator.compare));
  expect(types[0]).toBe('Company');
});

test('a place’s page and a group’s page lead to the list filtered by them', async ({ page }) => {
  const beijing = dataset.entities.filter((e) => e.hq === 'beijing');
  await page.goto('/companies/beijing');
  await page.getByRole('link', { name: `${beijing.length} organisations` }).click();
  await expect(page).toHaveURL((url) => url.pathname === '/companies' && url.searchParams.get('city') === 'beijing' && url.searchParams.get('type') === 'all');
  expect((await names(page)).sort()).toEqual(beijing.map((e) => e.name_en).sort());

  await page.goto('/zh-hant/companies/ai-four-dragons');
  await page.getByRole('link', { name: '在清單中顯示成員' }).click();
  await expect(page).toHaveURL((url) => url.pathname === '/zh-hant/companies' && url.searchParams.get('group') === 'ai-four-dragons');
  await expect(rows(page)).toHaveCount(dataset.entities.filter((e) => e.group_ids.includes('ai-four-dragons')).length);
});

test('a row links to the company’s page', async ({ page }) => {
  await page.goto('/companies');
  await rows(page).locator('th.name').getByRole('link', { name: 'Zhipu AI', exact: true }).click();
  await expect(page).toHaveURL(/\/companies\/zhipu-ai$/);
  await expect(page.locator('h1')).toHaveText('Zhipu AI');
});

test('Zhipu AI’s page shows its names, figures, investor and links that all lead somewhere', async ({ page, request }) => {
  await page.goto('/companies/zhipu-ai');
  await expect(page.locator('h1')).toHaveText('Zhipu AI');
  const names = page.locator('section[aria-labelledby="names"]');
  await expect(names.locator('dd[lang="zh-Hant"]')).toHaveText('智譜華章');
  await expect(names.locator('dd[lang="zh-Hans"]')).toHaveText('智谱华章');
  const facts = page.locator('section[aria-labelledby="facts"]');
  await expect(facts.getByRole('link', { name: 'AI six tigers' })).toHaveAttribute('href', '/companies/ai-six-tigers');
  await expect(facts.getByRole('link', { name: 'Beijing' })).toHaveAttribute('href', '/companies/beijing');
  await expect(facts).toContainText('2019');
  await expect(facts.getByRole('link', { name: 'Compare Zhipu AI with others' })).toHaveAttribute('href', '/compare?ids=zhipu-ai');

  // Both figures, each with its fact-check and the words the document uses.
  await expect(page.locator('#kpi-zhipu-investment-prosperity7')).toContainText('US$400M');
  await expect(page.locator('#kpi-zhipu-investment-prosperity7')).toContainText('4億美元');
  await expect(page.locator('#kpi-zhipu-valuation-2024')).toContainText('US$3B');
  await expect(page.locator('#kpi-zhipu-valuation-2024')).toContainText('30億美元');

  // The document's investor, and those the news reports name in Zhipu's rounds.
  const investors = page.locator('section[aria-labelledby="investors"]');
  await expect(investors.getByRole('link', { name: 'Prosperity7 Ventures' })).toHaveAttribute('href', '/companies/prosperity7');
  const named = new Set(dataset.relations.filter((r) => r.predicate === 'invested_in' && r.object_id === 'zhipu-ai').map((r) => r.subject_id));
  await expect(investors.getByRole('link')).toHaveCount(named.size);

  // Every link on the page within the site answers.
  const hrefs = await page.locator('main a[href^="/"]').evaluateAll((as) => [...new Set(as.map((a) => a.getAttribute('href')!.split('#')[0]!))]);
  expect(hrefs.length).toBeGreaterThan(5);
  const statuses = await Promise.all(hrefs.map(async (href) => [href, (await request.get(href)).status()] as const));
  expect(statuses.filter(([, status]) => status !== 200)).toEqual([]);

  await investors.getByRole('link', { name: 'Prosperity7 Ventures' }).click();
  await expect(page).toHaveURL(/\/companies\/prosperity7$/);
  await expect(page.locator('h1')).toHaveText('Prosperity7 Ventures');
  await expect(page.locator('main').getByRole('link', { name: 'Zhipu AI', exact: true }).first()).toBeVisible();
});

for (const c of [
  { path: '/companies/nope', lang: 'en', message: 'This page does not exist.' },
  { path: '/zh-hant/companies/nope', lang: 'zh-hant', message: '找不到此頁面。' },
]) {
  test(`an unknown company is a 404 page, not an error (${c.lang})`, async ({ page }) => {
    const response = await page.goto(c.path);
    expect(response?.status()).toBe(404);
    await expect(page.locator('html')).toHaveAttribute('lang', c.lang);
    await expect(page.getByRole('alert').locator('h1')).toContainText(/[(（]404[)）]/);
    await expect(page.getByRole('alert')).toContainText(c.message);
    // The site around it still works: the way home, in the reader's language, is there.
    const links = await page.getByRole('alert').getByRole('link').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
    expect(links.some((href) => (c.lang === 'en' ? href === '/' : /^\/zh-hant\/?$/.test(href ?? '')))).toBe(true);
  });
}
