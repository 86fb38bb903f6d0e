import { expect, test, type Page } from '@playwright/test';
import { csvAsShown, savePng, svgTextFonts, texts, watchPngExport } from './helpers.ts';

const rows = (page: Page) => page.locator('table.events tbody tr');
const rowIds = (page: Page) => rows(page).evaluateAll((trs) => trs.map((tr) => tr.id.replace(/^event-/, '')));
const column = (page: Page, label: string) => texts(rows(page).locator(`[data-label="${label}"]`));
const count = (page: Page) => page.locator('p.count[role="status"]');
const chart = (page: Page) => page.locator('#chart-timeline');
/** The chart's own data (the table screen readers get and the CSV holds): one row per event drawn. */
const charted = (page: Page) => chart(page).locator('table tbody tr');
/** Text of the chart as drawn (the server's drawing until the pointer reaches it): axis labels and deadline labels. */
const drawnText = (page: Page) => texts(chart(page).locator('.plot svg').first().locator('text'));
const filters = (page: Page) => page.locator('form.filters');

test('the kind filter narrows the event table and the chart', async ({ page }) => {
  await page.goto('/timeline');
  const total = await rows(page).count();
  expect(total).toBeGreaterThan(10);
  await expect(count(page)).toHaveText(`${total} events`);
  await expect(charted(page)).toHaveCount(total);
  expect(await drawnText(page)).toEqual(expect.arrayContaining(['Programme', 'Policy', 'Founding']));

  await filters(page).getByRole('combobox', { name: /^Kind/ }).selectOption({ label: 'Programme' });
  await filters(page).getByRole('button', { name: 'Apply' }).click();
  await expect(page).toHaveURL((url) => url.searchParams.get('kind') === 'programme');
  const shown = await rows(page).count();
  expect(shown).toBeGreaterThan(0);
  expect(shown).toBeLessThan(total);
  await expect(count(page)).toHaveText(`${shown} events`);
  expect(new Set(await column(page, 'Kind'))).toEqual(new Set(['Programme']));
  expect(await rowIds(page)).toContain('torch-program-launched');
  // The chart draws the same events, on a single row.
  await expect(charted(page)).toHaveCount(shown);
  expect(new Set(await texts(charted(page).locator('td:nth-child(2)')))).toEqual(new Set(['Programme']));
  const drawn = await drawnText(page);
  expect(drawn).toContain('Programme');
  expect(drawn).not.toContain('Policy');
  expect(drawn).not.toContain('Founding');
});

test('the year range narrows the event table and the chart’s axis', async ({ page }) => {
  await page.goto('/timeline');
  const total = await rows(page).count();
  const years = (labels: string[]) => labels.filter((t) => /^\d{4}$/.test(t)).map(Number);
  expect(Math.min(...years(await drawnText(page)))).toBeLessThan(1960);

  await filters(page).getByRole('textbox', { name: 'From (year, month or day)' }).fill('2000');
  await filters(page).getByRole('textbox', { name: 'To (year, month or day)' }).fill('2020');
  await filters(page).getByRole('button', { name: 'Apply' }).click();
  await expect(page).toHaveURL((url) => url.searchParams.get('from') === '2000' && url.searchParams.get('to') === '2020');
  const ids = await rowIds(page);
  expect(ids.length).toBeLessThan(total);
  // "early 2000s" (2000–2004) overlaps the range; 1971, 2022 and 2024 do not.
  expect(ids).toEqual(expect.arrayContaining(['iflytek-near-bankruptcy', 'made-in-china-2025-launched', 'new-generation-ai-plan-issued']));
  for (const outside of ['silicon-valley-name-1971', 'document-79-issued', 'third-plenum-2024-meeting', 'document-79-deadline']) expect(ids).not.toContain(outside);
  await expect(count(page)).toHaveText(`${ids.length} events`);

  await expect(chart(page).locator('h3')).toHaveText('Events from 2000 to 2020');
  await expect(charted(page)).toHaveCount(ids.length);
  const axis = years(await drawnText(page));
  expect(axis.length).toBeGreaterThan(1);
  expect(Math.min(...axis)).toBeGreaterThanOrEqual(2000);
  expect(Math.max(...axis)).toBeLessThanOrEqual(2021);
});

test('the search finds the events involving an entity by its name, in either script', async ({ page }) => {
  await page.goto('/timeline');
  const total = await rows(page).count();
  await filters(page).getByRole('searchbox', { name: 'Search' }).fill('火炬');
  await filters(page).getByRole('button', { name: 'Apply' }).click();
  await expect(page).toHaveURL((url) => url.searchParams.get('q') === '火炬');
  const ids = await rowIds(page);
  expect(ids).toContain('torch-program-launched');
  expect(ids.length).toBeLessThan(total);
  await expect(count(page)).toHaveText(`${ids.length} events`);
  await expect(filters(page).getByRole('searchbox', { name: 'Search' })).toHaveValue('火炬');
});

test('imprecise dates are shown, and filtered, as the spans they cover', async ({ page }) => {
  await page.goto('/timeline');
  const date = (id: string) => page.locator(`#event-${id} td.date`);
  await expect(date('torch-program-launched').locator('strong')).toHaveText('late 1980s');
  await expect(date('torch-program-launched').locator('small')).toHaveText('covers 1985–1989');
  await expect(date('stanford-industrial-park-1950s').locator('strong')).toHaveText('1950s');
  await expect(date('stanford-industrial-park-1950s').locator('small')).toHaveText('covers 1950–1959');
  await expect(date('iflytek-near-bankruptcy').locator('strong')).toHaveText('early 2000s');
  await expect(date('iflytek-near-bankruptcy').locator('small')).toHaveText('covers 2000–2004');
  // A plain year is no span.
  await expect(date('silicon-valley-name-1971')).toHaveText('1971');

  // "late 1980s" falls in 1985–1989 and not in 1980–1984.
  await page.goto('/timeline?from=1985&to=1989');
  expect(await rowIds(page)).toEqual(['torch-program-launched']);
  await page.goto('/timeline?from=1980&to=1984');
  expect(await rowIds(page)).toEqual(['nnsf-founded-1984']);
  await page.goto('/timeline?from=1955&to=1955');
  expect(await rowIds(page)).toEqual(['stanford-industrial-park-1950s']);
  // Months and days too, as the API takes them, and the same events for the same range.
  await page.goto('/timeline?from=1988-06&to=1988-06-30');
  expect(await rowIds(page)).toEqual(['torch-program-launched']);
  await expect(chart(page).locator('h3')).toHaveText('Events from June 1988 to 30 June 1988');
  await page.goto('/timeline?from=1989-12&to=1985');
  expect(await rowIds(page)).toEqual(['torch-program-launched']);
  await expect(page.locator('p.warn[role="status"]')).toHaveText('The dates were the wrong way round, so this shows 1985 to December 1989.');
});

for (const query of ['', '?from=2000&to=2020']) {
  test(`the timeline’s CSV (as shown) lists the events shown${query ? ` (${query})` : ''}`, async ({ page }) => {
    await page.goto(`/timeline${query}`);
    const csv = await csvAsShown(page, chart(page));
    expect(Object.keys(csv[0]!)).toEqual(['Date', 'Kind', 'Event', 'Involves', 'Fact-check']);
    expect(csv.map((r) => r.Event)).toEqual(await texts(rows(page).locator('th.title')));
    expect(csv.map((r) => r.Date)).toEqual(await texts(rows(page).locator('td.date strong')));
    expect(csv.map((r) => r.Kind)).toEqual(await column(page, 'Kind'));
    const involves = await rows(page).evaluateAll((trs) =>
      trs.map((tr) => [...tr.querySelectorAll('td[data-label="Involves"] a')].map((a) => a.textContent!.trim()).join('; ')),
    );
    expect(csv.map((r) => r.Involves)).toEqual(involves);
  });
}

test('the event list is in date order, imprecise dates by the span they cover', async ({ page }) => {
  await page.goto('/timeline');
  const ids = await rowIds(page);
  expect(ids.indexOf('nnsf-founded-1984')).toBeLessThan(ids.indexOf('torch-program-launched'));
});

/** The boxes of a drawing's text elements, by text, relative to the chart's box. */
async function textBoxes(page: Page, within: string) {
  return page.locator(within).evaluate((plot) => {
    const origin = plot.getBoundingClientRect();
    return [...plot.querySelectorAll('svg text')]
      .filter((t) => getComputedStyle(t).display !== 'none' && t.closest('.drawn, [data-interactive] > div') && t.getBoundingClientRect().width > 0)
      .map((t) => {
        const r = t.getBoundingClientRect();
        return { text: t.textContent!.trim(), left: r.left - origin.left, right: r.right - origin.left, top: r.top - origin.top, width: r.width, plotWidth: origin.width };
      });
  });
}

test('the interactive timeline keeps the server’s layout: row labels whole and where they were', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.goto('/timeline');
  const plot = '#chart-timeline .plot';
  const kinds = await texts(rows(page).locator('[data-label="Kind"]'));
  const rowLabels = async () => (await textBoxes(page, plot)).filter((b) => kinds.includes(b.text)).sort((a, b) => a.top - b.top);
  const drawn = await rowLabels();
  // Every kind the events have is a row, named at its left.
  expect(drawn.map((b) => b.text).sort()).toEqual([...new Set(kinds)].sort());
  await page.locator(plot).hover();
  await expect(page.locator(plot)).toHaveAttribute('data-interactive', 'true');
  const live = await rowLabels();
  expect(live.map((b) => b.text)).toEqual(drawn.map((b) => b.text));
  for (const [i, label] of live.entries()) {
    expect(label.left, `${label.text} starts inside the chart`).toBeGreaterThanOrEqual(0);
    expect(label.right, `${label.text} ends inside the chart`).toBeLessThanOrEqual(label.plotWidth);
    expect(Math.abs(label.left - drawn[i]!.left), `${label.text} stays put`).toBeLessThan(1.5);
    expect(Math.abs(label.top - drawn[i]!.top), `${label.text} stays put`).toBeLessThan(1.5);
    expect(Math.abs(label.width - drawn[i]!.width), `${label.text} keeps its size`).toBeLessThan(1.5);
  }
});

test('on a phone the timeline opens on its most recent years, before and after it turns interactive', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto('/timeline');
  const years = (await texts(rows(page).locator('td.date strong'))).flatMap((d) => (d.match(/\d{4}/g) ?? []).map(Number));
  const latest = Math.max(...years);
  const scroller = page.locator('#chart-timeline .scroller');
  // The axis years whose labels lie wholly in the part of the chart the phone shows.
  const visibleYears = () =>
    scroller.evaluate((el) => {
      const view = el.getBoundingClientRect();
      return [...el.querySelectorAll('svg text')]
        .filter((t) => /^\d{4}$/.test(t.textContent!.trim()) && getComputedStyle(t).display !== 'none')
        .filter((t) => {
          const r = t.getBoundingClientRect();
          return r.width > 0 && r.left >= view.left && r.right <= view.right;
        })
        .map((t) => Number(t.textContent));
    });
  const decade = Math.ceil(latest / 10) * 10;
  expect(await visibleYears()).toContain(decade);
  expect(Math.max(...(await visibleYears()))).toBeGreaterThanOrEqual(latest);
  await page.locator('#chart-timeline .plot').dispatchEvent('touchstart');
  await expect(page.locator('#chart-timeline .plot')).toHaveAttribute('data-interactive', 'true');
  expect(await visibleYears()).toContain(decade);
});

for (const lang of ['', '/zh-hant']) {
  test(`the timeline saved as PNG has no zoom slider, numbered markers with their key, one sans font${lang ? ` (${lang})` : ''}`, async ({ page }) => {
    await watchPngExport(page);
    await page.goto(`${lang}/timeline`);
    const events = await charted(page).count();
    // The slider's filler, as ECharts draws it: in the page's drawing, and so a fair sign of it.
    const slider = 'fill="rgb(135,175,255)"';
    expect(await chart(page).locator('.plot').innerHTML()).toContain(slider);
    const saved = await savePng(page, chart(page), lang ? '另存PNG' : 'Save as PNG');
    expect(saved.width).toBe(1200);
    const svg = saved.svgs.at(-1)!;
    expect(svg).not.toContain(slider);
    const drawn = await page.evaluate((markup) => [...new DOMParser().parseFromString(markup, 'image/svg+xml').querySelectorAll('text')].map((t) => t.textContent!.trim()), svg);
    const numbers = Array.from({ length: events }, (_, i) => String(i + 1));
    expect(drawn).toEqual(expect.arrayContaining(numbers));
    // The key under the image names each number's event, as the chart's own table does.
    const firstEvent = (await texts(charted(page).locator('td:nth-child(3)')))[0]!;
    expect(saved.written.map((w) => w.text).join('\n')).toContain(`1 · ${(await texts(charted(page).locator('td:nth-child(1)')))[0]} · ${firstEvent}`);
    for (const font of await svgTextFonts(page, svg)) expect(font).toMatch(/Noto Sans CJK TC.*sans-serif$/);
    for (const line of saved.written) expect(line.width, line.text).toBeLessThanOrEqual(line.canvasWidth - 64);
  });
}

test('the timeline saved as PNG keeps every number off the dashed deadline lines, and marks doubted events with their key', async ({ page }) => {
  await watchPngExport(page);
  await page.goto('/timeline');
  const table = await charted(page).evaluateAll((trs) => trs.map((tr) => [...tr.querySelectorAll('td')].map((td) => td.textContent!.trim())));
  const disputed = table.map((cells, i) => ({ n: String(i + 1), review: cells[4] })).filter((r) => r.review === 'Disputed');
  expect(disputed.length).toBeGreaterThan(0);
  // The chart says what its outlines mean, on the page and in the image.
  await expect(chart(page).locator('.review-note')).toContainText('dashed outline, hatched: disputed');
  const saved = await savePng(page, chart(page));
  const written = saved.written.map((w) => w.text);
  expect(written.some((t) => t.startsWith('Fact-check:') && t.includes('disputed'))).toBe(true);
  for (const { n } of disputed) expect(written.find((t) => t.startsWith(`${n} · `)), `key line ${n}`).toMatch(/ · Disputed$/);
  // Drawn, the numbers and the vertical dashed lines: no number's box crosses a line.
  const drawn = await page.evaluate((markup) => {
    const host = document.createElement('div');
    host.style.cssText = 'position:absolute;left:0;top:0';
    host.innerHTML = markup;
    document.body.append(host);
    const numbers = [...host.querySelectorAll('text')].filter((t) => /^\d+$/.test(t.textContent!.trim())).map((t) => ({ n: t.textContent!.trim(), box: t.getBoundingClientRect().toJSON() as DOMRect }));
    const lines = [...host.querySelectorAll('path[stroke-dasharray]')].map((p) => p.getBoundingClientRect().toJSON() as DOMRect).filter((r) => r.height > 40 && r.width < 4);
    const outlined = [...host.querySelectorAll('path[stroke-dasharray]')].map((p) => p.getBoundingClientRect().toJSON() as DOMRect).filter((r) => r.height < 30 && r.width < 30).length;
    host.remove();
    return { numbers, lines, outlined };
  }, saved.svgs.at(-1)!);
  expect(drawn.lines.length).toBeGreaterThan(0);
  expect(drawn.outlined, 'doubted markers are outlined').toBeGreaterThanOrEqual(disputed.length);
  for (const { n, box } of drawn.numbers)
    for (const line of drawn.lines) {
      const crosses = box.left < line.right && box.right > line.left && box.top < line.bottom && box.bottom > line.top;
      expect(crosses, `number ${n} crosses a deadline line`).toBe(false);
    }
});
