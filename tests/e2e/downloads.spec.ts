import { readFile } from 'node:fs/promises';
import { parse } from 'csv-parse/sync';
import { expect, test } from '@playwright/test';

test('a chart’s CSV (as shown) arrives and holds the figures the chart shows', async ({ page }) => {
  await page.goto('/');
  const chart = page.locator('#chart-zhipu-funding');
  const [download] = await Promise.all([page.waitForEvent('download'), chart.getByRole('link', { name: 'Download CSV (as shown)' }).click()]);
  const text = (await readFile((await download.path())!, 'utf8')).replace(/^\uFEFF/, '');
  const rows = parse(text, { columns: true }) as Record<string, string>[];
  expect(rows.map((r) => Number(r.Value))).toEqual([400_000_000, 3_000_000_000]);
  // The hidden data table says the same as the file.
  const cells = await chart.locator('table tbody td:nth-child(2)').allTextContents();
  expect(cells.map(Number)).toEqual([400_000_000, 3_000_000_000]);
});

test('a whole dataset downloads as CSV, with a BOM for Excel', async ({ page, request }) => {
  const res = await request.get('/downloads/figures.csv?bom=1');
  expect(res.status()).toBe(200);
  const body = await res.text();
  expect(body.charCodeAt(0)).toBe(0xfeff);
  const rows = parse(body.slice(1), { columns: true }) as Record<string, string>[];
  const talkie = rows.find((r) => r.id === 'talkie-users-first-year');
  expect(talkie).toMatchObject({ value: '11400000', source_text: '1140萬', qualifier: 'within' });
  await page.goto('/');
  await expect(page.locator('#chart-zhipu-funding').getByRole('link', { name: 'Download CSV (all data)' })).toHaveAttribute('href', '/downloads/figures.csv?bom=1');
});

test('save as PNG produces an image', async ({ page }) => {
  await page.goto('/');
  const chart = page.locator('#chart-zhipu-funding');
  await chart.scrollIntoViewIfNeeded();
  const button = chart.getByRole('button', { name: 'Save as PNG' });
  await expect(button).toBeEnabled();
  const [download] = await Promise.all([page.waitForEvent('download'), button.click()]);
  expect(download.suggestedFilename()).toBe('zhipu-funding.png');
  const bytes = await readFile((await download.path())!);
  expect([...bytes.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  expect(bytes.length).toBeGreaterThan(5000);
});

test('every source link of a KPI card lands on its claim, with the figure as written', async ({ page }) => {
  await page.goto('/');
  const card = page.locator('#kpi-talkie-users-first-year');
  await card.locator('.source a').click();
  await expect(page).toHaveURL(/\/sources#claim-figures-talkie-users-first-year$/);
  const claim = page.locator('#claim-figures-talkie-users-first-year');
  await expect(claim).toBeVisible();
  await expect(claim.locator('.verbatim')).toHaveText('1140萬');
  const cards = await page.goto('/').then(() => page.locator('.kpi .source a').evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).hash)));
  await page.goto('/sources');
  for (const hash of cards) await expect(page.locator(hash)).toHaveCount(1);
});

test('the Data page offers each table as plain CSV and as CSV for Excel', async ({ page, request }) => {
  await page.goto('/data');
  const figures = page.locator('#dataset-figures');
  const plain = await figures.getByRole('link', { name: 'CSV', exact: true }).getAttribute('href');
  const excel = await figures.getByRole('link', { name: 'CSV for Excel' }).getAttribute('href');
  const [a, b] = await Promise.all([request.get(plain!), request.get(excel!)]);
  expect((await a.text()).charCodeAt(0)).not.toBe(0xfeff);
  const withBom = await b.text();
  expect(withBom.charCodeAt(0)).toBe(0xfeff);
  const rows = parse(withBom.slice(1), { columns: true }) as Record<string, string>[];
  await expect(figures).toContainText(`${rows.length} rows`);
});

test('citations name the address the reader is on, over plain HTTP', async ({ page, baseURL }) => {
  await page.goto('/data');
  const citation = page.locator('blockquote.citation');
  await expect(citation).toContainText(baseURL!);
  await expect(citation).not.toContainText('https://');
});
