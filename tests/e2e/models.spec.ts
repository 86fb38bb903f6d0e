import { readFile } from 'node:fs/promises';
import { parse } from 'csv-parse/sync';
import { expect, test } from '@playwright/test';
import { dataset } from '@aiwatch/data';
import { texts } from './helpers.ts';

const chinese = dataset.models.filter((m) => m.countries.includes('China'));

test('the Models table filters by country and developer from its form, and says how many match', async ({ page }) => {
  await page.goto('/models');
  await expect(page.locator('.count')).toHaveText(`1–50 of ${dataset.models.length} models`);
  await page.getByLabel('Country').selectOption('China');
  await page.getByRole('button', { name: 'Apply' }).click();
  await expect(page).toHaveURL(/\/models\?country=China$/);
  await expect(page.locator('.count')).toHaveText(`1–50 of ${chinese.length} models`);
  await page.getByLabel('Developer').selectOption('deepseek');
  await page.getByRole('button', { name: 'Apply' }).click();
  const deepseek = dataset.models.filter((m) => m.developers.some((d) => d.entity_id === 'deepseek'));
  await expect(page.locator('.count')).toHaveText(`1–${deepseek.length} of ${deepseek.length} models`);
  expect((await texts(page.locator('table.models tbody th'))).sort()).toEqual(deepseek.map((m) => m.name).sort());
});

test('sorting by parameters puts the largest first, pages follow on, and nothing repeats', async ({ page }) => {
  await page.goto('/models?country=China');
  await page.locator('thead').getByRole('link', { name: /Parameters/ }).click();
  await expect(page).toHaveURL(/sort=-parameters/);
  const largest = [...chinese].filter((m) => m.parameters !== null).sort((a, b) => b.parameters! - a.parameters!)[0]!;
  await expect(page.locator('table.models tbody tr').first().locator('th')).toHaveText(largest.name);
  const first = await texts(page.locator('table.models tbody th'));
  await page.getByRole('link', { name: 'Next ›' }).click();
  await expect(page.locator('.count')).toHaveText(`51–100 of ${chinese.length} models`);
  const second = await texts(page.locator('table.models tbody th'));
  expect(new Set([...first, ...second]).size).toBe(100);
});

test('the CSV as shown holds every model of the filter, over all pages, with Epoch’s cells as written', async ({ page }) => {
  await page.goto('/models?country=China&open=yes');
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name: 'CSV (as shown, all pages)' }).click()]);
  const text = (await readFile((await download.path())!, 'utf8')).replace(/^\uFEFF/, '');
  const rows = parse(text, { columns: true }) as Record<string, string>[];
  const expected = chinese.filter((m) => m.open_weights === true);
  expect(rows.map((r) => r.id).sort()).toEqual(expected.map((m) => m.id).sort());
  const v3 = rows.find((r) => r.id === 'deepseek-v3')!;
  expect(JSON.parse(v3.cells!)).toEqual(dataset.models.find((m) => m.id === 'deepseek-v3')!.cells);
});

test('a model page shows each fact beside the cell it was read from, and links its developer', async ({ page }) => {
  await page.goto('/models/deepseek-v3');
  const parameters = page.locator('#fact-parameters');
  await expect(parameters.locator('td').first()).toHaveText('671B');
  await expect(parameters.locator('.written')).toHaveText('671000000000.0');
  await page.locator('#fact-organisations').getByRole('link', { name: 'DeepSeek' }).click();
  await expect(page).toHaveURL(/\/companies\/deepseek$/);
});

test('unknown filters are named and ignored; an unknown model is a 404 page', async ({ page }) => {
  await page.goto('/models?developer=nobody&page=999');
  await expect(page.locator('.warn')).toContainText('developer');
  // Past the end: the last page, said so.
  const total = dataset.models.length;
  const lastFirst = Math.floor((total - 1) / 50) * 50 + 1;
  await expect(page.locator('.count')).toHaveText(`${lastFirst}–${total} of ${total} models`);
  await expect(page.locator('.warn')).toContainText('page');
  const res = await page.goto('/models/no-such-model');
  expect(res?.status()).toBe(404);
  // A NUL in the id used to reach the query and fail it: 500.
  expect((await page.goto('/models/%00'))?.status()).toBe(404);
});

const developed = (id: string) => dataset.models.filter((m) => m.developers.some((d) => d.entity_id === id));

test('a company page shows its models: the count, the largest, and charts on a log scale', async ({ page }) => {
  await page.goto('/companies/deepseek');
  const section = page.locator('section.models');
  await expect(section.getByRole('heading', { level: 2 })).toHaveText("DeepSeek's AI models");
  await expect(section.locator('.summary dd').first()).toHaveText(String(developed('deepseek').length));
  await expect(section.locator('#chart-deepseek-model-parameters .plot svg').first()).toBeVisible();
  await section.getByRole('link', { name: /^All \d+ models in the table$/ }).click();
  await expect(page).toHaveURL(/\/models\?developer=deepseek$/);
});

test('Compare sets the developers’ models side by side, in both languages', async ({ page }) => {
  const ids = ['zhipu-ai', 'moonshot-ai', 'minimax'];
  await page.goto(`/compare?ids=${ids.join(',')}`);
  const table = page.locator('section:has(#compare-models) table');
  await expect(table.locator('tbody tr').first().locator('td')).toHaveText(ids.map((id) => String(developed(id).length)));
  await expect(page.locator('#chart-compare-models-per-year')).toBeVisible();
  await page.goto(`/zh-hant/compare?ids=${ids.join(',')}`);
  await expect(page.locator('#compare-models')).toHaveText('AI模型');
});

const facts = dataset.company_facts;
const groups = dataset.fact_groups;

test('a company page lists its reported facts, says where reports agree or differ, and opens every report', async ({ page }) => {
  await page.goto('/companies/minimax');
  const section = page.locator('section.facts');
  const conflict = groups.find((g) => g.company_id === 'minimax' && g.agreement === 'conflict' && g.metric === 'market_cap')!;
  const row = section.locator(`#fact-${conflict.id}`);
  await expect(row.locator('.badge')).toContainText('Reports differ');
  await row.locator('summary').click();
  const reports = facts.filter((f) => f.group_id === conflict.id);
  await expect(row.locator('tbody tr')).toHaveCount(reports.length);
  // A unit slip stays visible, set aside with its reason.
  const slip = reports.find((f) => f.rank === 'deprecated');
  if (slip) await expect(row.locator('tr.deprecated')).toContainText('evident unit slip');
});

test('the Conflicts page lists every conflicting fact, widest spread first, and states the rule in both languages', async ({ page }) => {
  await page.goto('/conflicts');
  await expect(page.locator('ol.conflicts > li')).toHaveCount(groups.filter((g) => g.agreement === 'conflict').length);
  const ratios = await page.locator('.ratio').allTextContents();
  const values = ratios.map((r) => Number(r.replace(/[^\d.]/g, '')));
  expect(values).toEqual([...values].sort((a, b) => b - a));
  await expect(page.locator('#rule')).toContainText('within 5 %');
  await page.goto('/zh-hant/conflicts');
  await expect(page.locator('#rule h2')).toHaveText('顯示數值如何選出');
});

test('Compare sets the latest valuation, rounds, revenue and users side by side', async ({ page }) => {
  await page.goto('/compare?ids=zhipu-ai,moonshot-ai,minimax');
  const table = page.locator('section:has(#compare-money) table');
  await expect(table.locator('tbody tr').first().locator('td')).toHaveCount(3);
  await expect(table.locator('tbody tr').first().locator('td').first()).toContainText('US$');
  // A market capitalisation beside a round's valuation is said to be a different kind of figure.
  await expect(page.locator('section:has(#compare-money) .warn li').first()).toContainText('not the same kind of figure');
});
