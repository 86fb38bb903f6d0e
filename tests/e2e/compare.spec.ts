import { expect, test, type Page } from '@playwright/test';
import { compareIds, csvAsShown, texts } from './helpers.ts';

const table = (page: Page) => page.locator('table.compare');
const columns = (page: Page) => texts(table(page).locator('thead th a.name'));
/** The cells of one row of the side-by-side table, by the row's heading. */
const row = (page: Page, heading: string) => table(page).locator('tbody tr').filter({ has: page.locator('th', { hasText: heading }) }).locator('td');
const notices = (page: Page) => page.locator('.notice[role="status"] p');

test('three companies from the URL stand as columns, with Zhipu’s figures and a note of what is missing', async ({ page }) => {
  await page.goto('/compare?ids=zhipu-ai,moonshot-ai,minimax');
  await expect(page.locator('h1')).toHaveText('Compare Zhipu AI, Moonshot AI, and MiniMax');
  expect(await columns(page)).toEqual(['Zhipu AI', 'Moonshot AI', 'MiniMax']);
  await expect(notices(page)).toHaveCount(0);

  const investment = row(page, 'Investment received');
  await expect(investment).toHaveCount(3);
  await expect(investment.nth(0).locator('.value')).toHaveText('US$400M');
  await expect(investment.nth(0)).toContainText('as of 31 May 2024');
  await expect(investment.nth(1)).toHaveText('No figure');
  await expect(investment.nth(2)).toHaveText('No figure');
  const valuation = row(page, 'Valuation');
  await expect(valuation.nth(0).locator('.value')).toHaveText('US$3B');
  await expect(valuation.nth(1)).toHaveText('No figure');
  await expect(valuation.nth(2)).toHaveText('No figure');
  await expect(row(page, 'Founded')).toHaveText(['2019', '2023', '2021']);

  // The comparability warning names each metric and who has no figure for it.
  const warnings = page.locator('section.warnings');
  await expect(warnings.getByRole('heading')).toHaveText(/Please compare with care/);
  expect((await texts(warnings.locator('li'))).sort()).toEqual([
    'Investment received: the sources give no figure for Moonshot AI and MiniMax.',
    'Valuation: the sources give no figure for Moonshot AI and MiniMax.',
  ]);
  // Only Zhipu has these figures, so there is nothing to chart side by side (the news figures' and the models' charts are other sections).
  await expect(page.locator('figure.chart:not([id^="chart-compare-models-"]):not(#chart-compare-valuation)')).toHaveCount(0);
  await expect(page.getByText('No figure is given for two or more of these')).toBeVisible();
});

test('a metric two entities share is charted in the server’s HTML, and its CSV (as shown) gives the values back', async ({ page, request }) => {
  const url = '/compare?ids=ai-six-tigers,ai-four-dragons';
  // Drawn by the server: the chart is in the HTML before any script runs.
  const html = await (await request.get(url)).text();
  const figure = /<figure[^>]*id="chart-compare-member-count"[\s\S]*?<\/figure>/.exec(html)?.[0] ?? '';
  expect(figure, 'the member-count chart in the server HTML').toMatch(/class="plot[^"]*"[^>]*>[\s\S]*?<svg[\s\S]*?<\/svg>/);
  expect(figure).toContain('AI six tigers');
  expect(figure).toContain('AI four dragons');

  await page.goto(url);
  expect(await columns(page)).toEqual(['AI six tigers', 'AI four dragons']);
  await expect(row(page, 'Members').locator('.value')).toHaveText(['6', '4']);
  await expect(page.getByText('Every figure compared here shares its date, source and qualifier.')).toBeVisible();
  const chart = page.locator('#chart-compare-member-count');
  await expect(chart.locator('h3')).toHaveText('Members, side by side');
  // The six tigers' count is unverified: its bar (in the server's drawing) is outlined dotted, and the key says so (and only so).
  await expect(chart.locator('.review-note')).toHaveText('Fact-check: dotted outline: unverified.');
  const outlined = await chart.locator('.plot .wide svg path[stroke-dasharray]').evaluateAll((paths) => [...new Set(paths.map((p) => p.getAttribute('d')))]);
  expect(outlined).toHaveLength(1);
  const rows = await csvAsShown(page, chart);
  expect(rows.map((r) => [r.Name, Number(r.Value), r['As shown']])).toEqual([
    ['AI six tigers', 6, '6'],
    ['AI four dragons', 4, '4'],
  ]);
});

test('the picker: tick boxes, press Compare, see the columns; Remove takes one out of the URL', async ({ page }) => {
  await page.goto('/compare');
  await expect(page.locator('h1')).toHaveText('Compare side by side');
  await expect(page.getByText('Nothing is chosen yet.')).toBeVisible();
  await expect(table(page)).toHaveCount(0);

  const picker = page.locator('section.picker');
  for (const name of ['Zhipu AI', 'Moonshot AI', 'SenseTime']) await picker.getByRole('checkbox', { name, exact: true }).check();
  await picker.getByRole('button', { name: 'Compare', exact: true }).click();
  await expect(page).toHaveURL(/\/compare\?ids=/);
  const ids = compareIds(page.url());
  expect([...ids].sort()).toEqual(['moonshot-ai', 'sensetime', 'zhipu-ai']);
  const names: Record<string, string> = { 'zhipu-ai': 'Zhipu AI', 'moonshot-ai': 'Moonshot AI', sensetime: 'SenseTime' };
  await expect(table(page).locator('thead th a.name')).toHaveText(ids.map((id) => names[id]!));
  // The chosen ones stay ticked for the next change.
  for (const name of Object.values(names)) await expect(picker.getByRole('checkbox', { name, exact: true })).toBeChecked();

  await table(page).getByRole('link', { name: 'Remove Moonshot AI' }).click();
  await expect(page).toHaveURL(/\/compare\?ids=[^&]*$/);
  expect(compareIds(page.url())).toEqual(ids.filter((id) => id !== 'moonshot-ai'));
  await expect(table(page).locator('thead th a.name')).toHaveText(ids.filter((id) => id !== 'moonshot-ai').map((id) => names[id]!));

  // One left is not a comparison: the page says so.
  await table(page).getByRole('link', { name: 'Remove SenseTime' }).click();
  await expect(page).toHaveURL(/\/compare\?ids=zhipu-ai$/);
  await expect(notices(page)).toHaveText(['Choose at least two to compare; 1 chosen so far.']);
  await expect(table(page)).toHaveCount(0);
});

const sevenIds = ['zhipu-ai', 'baichuan-ai', '01-ai', 'stepfun', 'moonshot-ai', 'minimax', 'sensetime'];
const badInput = [
  { query: 'ids=zhipu-ai', notices: ['Choose at least two to compare; 1 chosen so far.'], columns: null },
  {
    query: `ids=${sevenIds.join(',')}`,
    notices: ['At most six can be compared at once, and 7 were chosen. Please untick some below.'],
    columns: null,
  },
  {
    query: 'ids=zhipu-ai,no-such-company',
    notices: ['Nothing is known by these ids, so they were left out: no-such-company.', 'Choose at least two to compare; 1 chosen so far.'],
    columns: null,
  },
  {
    query: 'ids=zhipu-ai,no-such-company,moonshot-ai',
    notices: ['Nothing is known by these ids, so they were left out: no-such-company.'],
    columns: ['Zhipu AI', 'Moonshot AI'],
  },
  {
    query: 'ids=Zhipu_AI!,moonshot-ai',
    notices: ['These are not valid ids and were left out: “Zhipu_AI!”. An id looks like “zhipu-ai”.', 'Choose at least two to compare; 1 chosen so far.'],
    columns: null,
  },
];

test('too few, too many, unknown or malformed ids get a clear message, not an error', async ({ page }) => {
  for (const c of badInput) {
    const response = await page.goto(`/compare?${c.query}`);
    expect(response?.status(), c.query).toBe(200);
    await expect(notices(page), c.query).toHaveText(c.notices);
    if (c.columns) expect(await columns(page), c.query).toEqual(c.columns);
    else await expect(table(page), c.query).toHaveCount(0);
    // The picker is still there to put it right.
    await expect(page.getByRole('button', { name: 'Compare', exact: true })).toBeVisible();
  }
});

test('two rows ticked in the Companies table, then “Compare selected”, open the comparison', async ({ page }) => {
  await page.goto('/companies');
  await page.getByRole('checkbox', { name: 'Select Zhipu AI to compare' }).check();
  await page.getByRole('checkbox', { name: 'Select SenseTime to compare' }).check();
  await page.getByRole('button', { name: 'Compare selected' }).first().click();
  await expect(page).toHaveURL(/\/compare\?ids=/);
  const ids = compareIds(page.url());
  expect([...ids].sort()).toEqual(['sensetime', 'zhipu-ai']);
  expect((await columns(page)).sort()).toEqual(['SenseTime', 'Zhipu AI']);
});

test('the language switch on a comparison keeps its ids', async ({ page }) => {
  await page.goto('/compare?ids=zhipu-ai,moonshot-ai,minimax');
  await page.getByRole('link', { name: '繁體中文' }).click();
  await expect(page).toHaveURL(/\/zh-hant\/compare\?ids=zhipu-ai,moonshot-ai,minimax$/);
  await expect(page.locator('html')).toHaveAttribute('lang', 'zh-hant');
  expect(await columns(page)).toEqual(['智譜華章', '月之暗面', 'MiniMax（稀宇科技）']);
  // And back again.
  await page.getByRole('link', { name: 'English', exact: true }).click();
  await expect(page).toHaveURL(/\/compare\?ids=zhipu-ai,moonshot-ai,minimax$/);
  await expect(page).not.toHaveURL(/zh-hant/);
  expect(await columns(page)).toEqual(['Zhipu AI', 'Moonshot AI', 'MiniMax']);
});
