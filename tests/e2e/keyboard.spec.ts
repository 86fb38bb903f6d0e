import { expect, test, type Page } from '@playwright/test';
import { pages } from './pages.ts';

/** Presses Tab from the top of the page until every chart's download link has had the focus. */
async function tabToDownloads(page: Page, targets: number): Promise<string[]> {
  // Records each download link that takes the focus, however briefly.
  await page.evaluate(() => {
    const reached = new Set<string>();
    (window as unknown as { reached: Set<string> }).reached = reached;
    document.addEventListener('focusin', (e) => {
      const el = e.target as Element;
      if (el.matches('.chart a[download]')) reached.add(`${el.closest('.chart')?.id} ${el.textContent}`);
    });
  });
  const reached = () => page.evaluate(() => [...(window as unknown as { reached: Set<string> }).reached]);
  for (let i = 0; i < 30 && (await reached()).length < targets; i++) {
    for (let j = 0; j < 10; j++) await page.keyboard.press('Tab');
  }
  return reached();
}

// Every page of the site, and a comparison that charts a shared figure.
const visited = [...pages, { name: 'compare with a chart', path: '/compare?ids=ai-six-tigers,ai-four-dragons' }];

for (const p of visited) {
  test(`keyboard alone reaches every chart’s downloads: ${p.name}`, async ({ page }) => {
    await page.goto(p.path);
    const links = page.locator('.chart a[download]');
    const targets = await links.count();
    test.skip(targets === 0, `${p.path} has no charts`);
    // Each chart offers both CSVs.
    expect(targets).toBe(2 * (await page.locator('figure.chart').count()));
    const expected = await links.evaluateAll((as) => as.map((a) => `${a.closest('.chart')?.id} ${a.textContent}`));
    const reached = await tabToDownloads(page, targets);
    expect(reached.sort()).toEqual(expected.sort());
  });
}

test('the pages known to chart something do: the keyboard test above has work on them', async ({ request }) => {
  const charted = [];
  for (const p of visited) {
    const html = await (await request.get(p.path)).text();
    if (/<a [^>]*download/.test(html)) charted.push(p.name);
  }
  expect(charted).toEqual(expect.arrayContaining(['overview', 'company', 'timeline', 'network', 'policy', 'compare with a chart']));
});
