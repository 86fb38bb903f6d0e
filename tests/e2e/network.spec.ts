import { expect, test, type Page } from '@playwright/test';
import { texts } from './helpers.ts';

const options = (page: Page) => page.locator('form.filters input[name="predicate"]');
const checkbox = (predicate: string) => `input[name="predicate"][value="${predicate}"]`;
const option = (page: Page, predicate: string) => page.locator(`form.filters ${checkbox(predicate)}`);
const listed = (page: Page) => page.locator('section.group li');
/** The chart's own data (the table screen readers get): one row per edge drawn. */
const edges = (page: Page) => page.locator('#chart-network table tbody tr');
const groupHeadings = (page: Page) => texts(page.locator('section.group h3'));
/** "invested in (3)" → 3: the count each checkbox announces. */
async function announced(page: Page, predicate: string): Promise<number> {
  const label = await page.locator('form.filters label.option', { has: page.locator(checkbox(predicate)) }).textContent();
  return Number(/\((\d+)\)/.exec(label ?? '')?.[1]);
}

/** The list's count line, "51–100 of 105 relations": first, last and total. */
async function listCount(page: Page): Promise<[number, number, number]> {
  const text = (await page.locator('#relations + .bar .count').textContent()) ?? '';
  const [, first, last, total] = /^(\d+)–(\d+) of (\d+) relations$/.exec(text.trim()) ?? [];
  return [Number(first), Number(last), Number(total)];
}

/** Bounds the page promises (routes/network/network-query.ts). */
const GRAPH_NODES = 50;
const RELATIONS_PER_PAGE = 50;

test('relation-type checkboxes choose what the graph and the list show, in the URL', async ({ page }) => {
  await page.goto('/network');
  const byDefault = await listed(page).count();
  expect(byDefault).toBeGreaterThan(10);
  expect(byDefault).toBeLessThanOrEqual(RELATIONS_PER_PAGE);
  const [, , defaultTotal] = await listCount(page);
  await expect(page.locator('p.showing')).toContainText(`of ${defaultTotal} relations`);
  expect(await edges(page).count()).toBeGreaterThan(10);
  await expect(option(page, 'invested_in')).toBeChecked();
  await expect(option(page, 'located_in')).not.toBeChecked();

  // Only money and ownership.
  for (const box of await options(page).all()) await box.uncheck();
  await option(page, 'invested_in').check();
  await option(page, 'owns').check();
  const expected = (await announced(page, 'invested_in')) + (await announced(page, 'owns'));
  await page.getByRole('button', { name: 'Show', exact: true }).click();
  await expect(page).toHaveURL(/\/network\?predicate=invested_in&predicate=owns$/);
  // Each group heading counts all its relations, on this page or another.
  expect(await groupHeadings(page)).toEqual([`invested in (${await announced(page, 'invested_in')})`, `owns (${await announced(page, 'owns')})`]);
  await expect(listed(page)).toHaveCount(Math.min(expected, RELATIONS_PER_PAGE));
  expect(await listCount(page)).toEqual([1, Math.min(expected, RELATIONS_PER_PAGE), expected]);
  const drawn = await texts(edges(page).locator('td:nth-child(2)'));
  expect(drawn.length).toBeGreaterThan(0);
  expect(drawn.every((relation) => /^(invested in|owns)\b/.test(relation))).toBe(true);
  expect(drawn.some((relation) => relation.startsWith('invested in'))).toBe(true);
  await expect(option(page, 'invested_in')).toBeChecked();
  await expect(option(page, 'developed')).not.toBeChecked();
  // The tigers' memberships are not drawn.
  await expect(edges(page).filter({ hasText: 'is a member of' })).toHaveCount(0);

  // Every relation there is: more than the default, counted over every page.
  await page.getByRole('link', { name: 'All relations' }).click();
  await expect(page).toHaveURL(/\/network\?predicate=all$/);
  for (const box of await options(page).all()) await expect(box).toBeChecked();
  let total = 0;
  for (const predicate of await options(page).evaluateAll((inputs) => inputs.map((i) => (i as HTMLInputElement).value))) total += await announced(page, predicate);
  const [, , all] = await listCount(page);
  expect(all).toBe(total);
  expect(all).toBeGreaterThan(defaultTotal);
  await expect(listed(page)).toHaveCount(Math.min(all, RELATIONS_PER_PAGE));
});

test('centring on an entity draws it with its neighbours and lists its relations', async ({ page }) => {
  await page.goto('/network?predicate=invested_in&predicate=owns');
  await page.getByLabel('Centre on').selectOption({ label: 'Zhipu AI' });
  await page.getByRole('button', { name: 'Show', exact: true }).click();
  await expect(page).toHaveURL(/\/network\?predicate=invested_in&predicate=owns&entity=zhipu-ai$/);
  await expect(page.locator('p.showing')).toContainText('The graph shows Zhipu AI and');
  // Zhipu's investors are drawn, and every relation listed is Zhipu's.
  await expect(edges(page).filter({ hasText: 'Prosperity7 Ventures' }).first()).toContainText('Zhipu AI');
  const triples = await texts(page.locator('section.group .triple'));
  expect(triples.length).toBeGreaterThan(3);
  expect(triples.every((t) => t.includes('Zhipu AI'))).toBe(true);
  await page.getByRole('link', { name: 'Show the most connected entities' }).click();
  await expect(page).toHaveURL(/\/network\?predicate=invested_in&predicate=owns$/);
});

test('the list pages through every relation without script, and the graph stays bounded', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto('/network?predicate=all');
  const [, , total] = await listCount(page);
  expect(total).toBeGreaterThan(RELATIONS_PER_PAGE);
  const seen = new Set<string>();
  for (let n = 1; ; n++) {
    const [first, last] = await listCount(page);
    expect([first, last]).toEqual([(n - 1) * RELATIONS_PER_PAGE + 1, Math.min(n * RELATIONS_PER_PAGE, total)]);
    for (const id of await listed(page).evaluateAll((lis) => lis.map((li) => li.id))) seen.add(id);
    const names = new Set([...(await texts(edges(page).locator('td:nth-child(1)'))), ...(await texts(edges(page).locator('td:nth-child(3)')))]);
    expect(names.size).toBeLessThanOrEqual(GRAPH_NODES);
    const pager = page.getByRole('navigation', { name: 'Pages of relations' });
    await expect(pager.locator('[aria-current="page"]')).toHaveText(`Page ${n} of ${Math.ceil(total / RELATIONS_PER_PAGE)}`);
    const next = pager.locator('a[rel="next"]');
    if ((await next.count()) === 0) break;
    await next.click();
    await expect(page).toHaveURL(new RegExp(`page=${n + 1}#relations$`));
  }
  expect(seen.size).toBe(total);
  await context.close();
});

test('clicking a node of the interactive graph opens that entity’s page', async ({ page }) => {
  await page.goto('/network');
  const plot = page.locator('#chart-network .plot');
  await plot.scrollIntoViewIfNeeded();
  // Reaching for the chart loads the interactive one (ECharts, SVG renderer) in the same box.
  await plot.hover();
  await expect(plot).toHaveAttribute('data-interactive', 'true');
  // ECharts draws inside a <div> of its own; each node's label sits just right of its symbol.
  const label = plot.locator('div svg text', { hasText: /^Zhipu AI$/ });
  await expect(label).toHaveCount(1);
  const box = (await label.boundingBox())!;
  const plotBox = (await plot.boundingBox())!;
  const [x, y] = [box.x - 9, box.y + box.height / 2];
  expect(y, 'the node is inside the chart’s box').toBeGreaterThan(plotBox.y);
  expect(y, 'the node is inside the chart’s box').toBeLessThan(plotBox.y + plotBox.height);
  // What is under the pointer there is the node's symbol, drawn by ECharts.
  const hit = await page.evaluate(([px, py]) => {
    const el = document.elementFromPoint(px!, py!);
    return { tag: el?.tagName ?? null, inEcharts: !!el?.closest('.plot > div') };
  }, [x, y]);
  expect(hit).toEqual({ tag: 'path', inEcharts: true });
  await page.mouse.click(x, y);
  await expect(page).toHaveURL(/\/companies\/zhipu-ai$/);
  await expect(page.locator('h1')).toHaveText('Zhipu AI');
});

test('every node of the graph has a page: the list’s links lead to them', async ({ page, request }) => {
  await page.goto('/network?predicate=all');
  const hrefs = await page.locator('section.group .triple a').evaluateAll((as) => [...new Set(as.map((a) => a.getAttribute('href')!))]);
  expect(hrefs.length).toBeGreaterThan(30);
  expect(hrefs.every((h) => h.startsWith('/companies/'))).toBe(true);
  const statuses = await Promise.all(hrefs.map(async (href) => [href, (await request.get(href)).status()] as const));
  expect(statuses.filter(([, status]) => status !== 200)).toEqual([]);
});

test('the graph’s legend shows each entity type with the shape its nodes have', async ({ page }) => {
  await page.goto('/network?predicate=all');
  const legend = await page.locator('#chart-network .plot .wide svg').evaluate((svg) => {
    const types = ['Company', 'Investor', 'Fund', 'Government body', 'Research institute', 'University', 'Product', 'Policy', 'Place', 'Group'];
    // ECharts draws a legend item as its icon, then its name.
    return [...svg.querySelectorAll('text')]
      .filter((t) => types.includes(t.textContent!.trim()))
      .map((t) => {
        let icon = t.previousElementSibling;
        while (icon && icon.tagName !== 'path') icon = icon.previousElementSibling;
        // Shape and fill: an empty circle is a circle's outline, told apart by its white fill.
        return { type: t.textContent!.trim(), icon: icon ? `${icon.getAttribute('d')} ${icon.getAttribute('fill')}` : null };
      });
  });
  expect(legend.length).toBeGreaterThan(5);
  expect(new Set(legend.map((l) => l.icon)).size, JSON.stringify(legend)).toBe(legend.length);
});

/** Each node's label box, by name, relative to the chart's box: from the server's drawing or, once interactive, ECharts' own. */
async function labelBoxes(page: Page) {
  const names = new Set([...(await texts(edges(page).locator('td:nth-child(1)'))), ...(await texts(edges(page).locator('td:nth-child(3)')))]);
  const boxes = await page.locator('#chart-network .plot').evaluate((plot) => {
    const origin = plot.getBoundingClientRect();
    const drawing = plot.dataset.interactive ? plot.querySelector(':scope > div svg') : plot.querySelector('.drawn.wide svg');
    return {
      plot: { width: origin.width, height: origin.height },
      labels: [...drawing!.querySelectorAll('text')].map((t) => {
        const r = t.getBoundingClientRect();
        return { name: t.textContent!.trim(), left: r.left - origin.left, top: r.top - origin.top, right: r.right - origin.left, bottom: r.bottom - origin.top };
      }),
    };
  });
  return { plot: boxes.plot, labels: boxes.labels.filter((l) => names.has(l.name)) };
}

async function takeOver(page: Page) {
  const plot = page.locator('#chart-network .plot');
  await plot.scrollIntoViewIfNeeded();
  await plot.hover();
  await expect(plot).toHaveAttribute('data-interactive', 'true');
}

for (const view of ['', '?predicate=all']) {
  test(`the interactive graph draws every node where the server did, no name over another${view ? ' (every relation)' : ''}`, async ({ page }) => {
    await page.setViewportSize({ width: 1280, height: 900 });
    await page.goto(`/network${view}`);
    const drawn = await labelBoxes(page);
    expect(drawn.labels.length).toBeGreaterThan(30);
    await takeOver(page);
    const live = await labelBoxes(page);
    expect(live.labels.map((l) => l.name).sort()).toEqual(drawn.labels.map((l) => l.name).sort());
    for (const label of live.labels) {
      const before = drawn.labels.find((l) => l.name === label.name)!;
      expect(Math.abs(label.left - before.left), `${label.name} stays put`).toBeLessThan(1.5);
      expect(Math.abs(label.top - before.top), `${label.name} stays put`).toBeLessThan(1.5);
    }
    for (const [i, a] of live.labels.entries())
      for (const b of live.labels.slice(i + 1)) {
        const apart = Math.min(a.right, b.right) <= Math.max(a.left, b.left) + 0.5 || Math.min(a.bottom, b.bottom) <= Math.max(a.top, b.top) + 0.5;
        expect(apart, `"${a.name}" and "${b.name}" do not overlap`).toBe(true);
      }
  });
}

test('the graph fills its box: its nodes and names span most of the plot', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.goto('/network?predicate=all');
  const { plot, labels } = await labelBoxes(page);
  const width = Math.max(...labels.map((l) => l.right)) - Math.min(...labels.map((l) => l.left));
  const height = Math.max(...labels.map((l) => l.bottom)) - Math.min(...labels.map((l) => l.top));
  expect(width / plot.width).toBeGreaterThan(0.85);
  expect(height / plot.height).toBeGreaterThan(0.7);
  expect((width * height) / (plot.width * plot.height)).toBeGreaterThan(0.65);
});

test('on a phone the graph keeps its places when it turns interactive', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto('/network');
  const drawn = await labelBoxes(page);
  await takeOver(page);
  const live = await labelBoxes(page);
  for (const label of live.labels) {
    const before = drawn.labels.find((l) => l.name === label.name)!;
    expect(Math.abs(label.left - before.left), `${label.name} stays put`).toBeLessThan(1.5);
    expect(Math.abs(label.top - before.top), `${label.name} stays put`).toBeLessThan(1.5);
  }
});
