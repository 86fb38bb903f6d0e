import { readFile } from 'node:fs/promises';
import { parse } from 'csv-parse/sync';
import { expect, test, type Page } from '@playwright/test';
import { csvAsShown, savePng, svgTextFonts, watchPngExport } from './helpers.ts';

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
  await expect(page).toHaveURL(/\/sources\?claim=figures\/talkie-users-first-year#claim-figures-talkie-users-first-year$/);
  const claim = page.locator('#claim-figures-talkie-users-first-year');
  await expect(claim).toBeVisible();
  await expect(claim.locator('.verbatim')).toHaveText('1140萬');
  // The Sources page lists claims a page at a time: each link opens the page that holds its claim.
  const cards = await page.goto('/').then(() => page.locator('.kpi .source a').evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).href)));
  for (const href of cards) {
    await page.goto(href);
    await expect(page.locator(new URL(href).hash)).toHaveCount(1);
  }
});

test('a claim link made before claims were paged (an anchor only) still finds its claim', async ({ page }) => {
  await page.goto('/sources?page=3');
  const later = await page.locator('li.claim').first().getAttribute('id');
  await page.goto(`/sources#${later}`);
  await expect(page).toHaveURL(new RegExp(`/sources\\?claim=.+#${later}$`));
  await expect(page.locator(`#${later}`)).toBeVisible();
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

const ARTICLE_TITLE = "China's AI strategic transformation and technological sovereignty: from the four dragons to the six tigers";

test('a chart’s CSV (as shown) carries each figure’s unit, date, source, section, text as written and fact-check', async ({ page }) => {
  await page.goto('/');
  // The groups chart: the four dragons' count is corroborated, the six tigers' is not.
  const rows = await csvAsShown(page, page.locator('#chart-group-members'));
  expect(Object.keys(rows[0]!)).toEqual(['Group', 'Members', 'Unit', 'As of / period', 'Source', 'Section', 'As written', 'Fact-check']);
  expect(rows).toEqual([
    { Group: 'AI four dragons', Members: '4', Unit: 'companies', 'As of / period': '', Source: ARTICLE_TITLE, Section: '中國AI的戰略轉型', 'As written': 'AI四小龍', 'Fact-check': 'Corroborated' },
    { Group: 'AI six tigers', Members: '6', Unit: 'companies', 'As of / period': '', Source: ARTICLE_TITLE, Section: '前言：中國AI戰略的分水嶺', 'As written': 'AI六小虎', 'Fact-check': 'Unverified' },
  ]);
  const zhipu = await csvAsShown(page, page.locator('#chart-zhipu-funding'));
  expect(zhipu[0]).toMatchObject({ Value: '400000000', Unit: 'US dollars', 'As of / period': '2024-05-31', 'As written': '4億美元', 'Fact-check': 'Corroborated' });
  await page.goto('/zh-hant');
  const zh = await csvAsShown(page, page.locator('#chart-group-members'), '下載CSV（圖中資料）');
  expect(Object.keys(zh[0]!)).toEqual(['群體', '成員數', '單位', '日期／期間', '來源', '章節', '原文寫法', '查核']);
  expect(zh[1]).toMatchObject({ 原文寫法: 'AI六小虎', 查核: '未查證' });
});

/** The stroke-dasharray of every outlined shape in an SVG: the bars a fact-check marks. */
const dashedShapes = (page: Page, svg: string) =>
  page.evaluate(
    (markup) => [...new DOMParser().parseFromString(markup, 'image/svg+xml').querySelectorAll('path[stroke-dasharray]')].map((e) => ({ shape: `${e.getAttribute('d')} ${e.getAttribute('transform')}`, dash: e.getAttribute('stroke-dasharray')! })),
    svg,
  );

test('a saved PNG shows which bar is unverified, in the charts’ sans font, with every section in the source line', async ({ page }) => {
  await watchPngExport(page);
  await page.goto('/');
  const chart = page.locator('#chart-group-members');
  // Only the status its bars have: no disputed bar is claimed.
  await expect(chart.locator('.review-note')).toHaveText('Fact-check: dotted outline: unverified.');
  // The bars come from two sections of the article: the source line names both.
  const source = await chart.locator('p.source').innerText();
  expect(source).toContain('中國AI的戰略轉型');
  expect(source).toContain('前言：中國AI戰略的分水嶺');
  const saved = await savePng(page, chart);
  expect(saved.width).toBe(1200);
  expect(saved.height).toBeGreaterThan(400);
  const svg = saved.svgs.at(-1)!;
  // One bar (the six tigers' count) is outlined, dotted: dashes as long as the gaps between them.
  const dashed = await dashedShapes(page, svg);
  expect(new Set(dashed.map((d) => d.shape)).size).toBe(1);
  for (const { dash } of dashed) expect(new Set(dash.split(/[ ,]+/)).size, dash).toBe(1);
  // Nothing here is disputed: no bar is hatched (hatching is the disputed bars' mark).
  const hatched = await page.evaluate((markup) => new DOMParser().parseFromString(markup, 'image/svg+xml').querySelectorAll('path[fill^="url("]').length, svg);
  expect(hatched).toBe(0);
  const fonts = await svgTextFonts(page, svg);
  expect(fonts.length).toBeGreaterThan(3);
  for (const font of fonts) {
    expect(font).toContain('Noto Sans CJK TC');
    expect(font).toMatch(/sans-serif$/);
  }
  const written = saved.written.map((w) => w.text);
  expect(written).toContain('Fact-check: dotted outline: unverified.');
  // The source line is written whole, wrapped to the image's width rather than squeezed into it.
  const from = written.findIndex((t) => t.startsWith('Source'));
  expect(written.slice(from, -1).join(' ')).toBe(source);
  for (const line of saved.written) expect(line.width, line.text).toBeLessThanOrEqual(line.canvasWidth - 64);
});

test('a chart whose figures are all corroborated marks no bar and claims no fact-check key, on the page or in its PNG', async ({ page }) => {
  await watchPngExport(page);
  await page.goto('/companies/zhipu-ai');
  const chart = page.locator('#chart-zhipu-ai-usd');
  const rows = await csvAsShown(page, chart);
  expect(rows.map((r) => r['Fact-check'])).toEqual(['Corroborated', 'Corroborated']);
  await expect(chart.locator('.review-note')).toHaveCount(0);
  const saved = await savePng(page, chart);
  expect(await dashedShapes(page, saved.svgs.at(-1)!)).toEqual([]);
  expect(saved.written.filter((w) => w.text.startsWith('Fact-check'))).toEqual([]);
});
