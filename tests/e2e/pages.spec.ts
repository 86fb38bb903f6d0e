import { fileURLToPath } from 'node:url';
import { expect, test, type Page } from '@playwright/test';
import { languages, localized, pages } from './pages.ts';

const screenshots = fileURLToPath(new URL('./screenshots/', import.meta.url));

/** Console errors and failed requests of a page visit: a finished page has none. */
function watch(page: Page) {
  const problems: string[] = [];
  page.on('console', (msg) => {
    if (msg.type() === 'error') problems.push(`console: ${msg.text()}`);
  });
  page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
  page.on('requestfailed', (r) => problems.push(`request failed: ${r.url()} ${r.failure()?.errorText}`));
  page.on('response', (r) => {
    if (r.status() >= 400) problems.push(`HTTP ${r.status()}: ${r.url()}`);
  });
  return problems;
}

for (const lang of languages) {
  for (const p of pages) {
    test(`${p.name} (${lang.code}) loads cleanly with its charts drawn`, async ({ page, request }) => {
      const url = localized(lang.prefix, p.path);
      // Charts are in the server's HTML, drawn wide and narrow: visible at first paint, before any script runs.
      const html = await (await request.get(url)).text();
      const drawn = html.match(/class="drawn wide[^"]*">(<!---->)?\s*<svg/g) ?? [];
      expect(drawn.length, 'server-drawn charts').toBe((html.match(/class="plot[ "]/g) ?? []).length);

      const problems = watch(page);
      await page.goto(url);
      await expect(page.locator('html')).toHaveAttribute('lang', lang.code);
      await expect(page.locator('h1')).toBeVisible();
      for (const plot of await page.locator('.plot').all()) {
        await plot.scrollIntoViewIfNeeded();
        await plot.hover();
        // Reaching for the chart loads the interactive one, which takes the same box.
        await expect(plot).toHaveAttribute('data-interactive', 'true');
        // The interactive chart replaces the drawings and fills the same box, where the pointer is.
        await expect(plot.locator('svg')).toHaveCount(1);
        await expect(plot.locator('svg path').first()).toBeAttached();
        const [box, drawing] = [await plot.boundingBox(), await plot.locator('svg').boundingBox()];
        expect(Math.abs(drawing!.y - box!.y), 'chart at the top of its box').toBeLessThan(2);
        expect(drawing!.height, 'chart fills its box').toBeGreaterThan(box!.height * 0.9);
      }
      await page.waitForLoadState('networkidle');
      expect(await page.evaluate(() => document.documentElement.scrollWidth - innerWidth), 'no sideways scroll').toBeLessThanOrEqual(0);
      await page.screenshot({ path: `${screenshots}${lang.code}-${p.name}.png`, fullPage: true });
      expect(problems).toEqual([]);
      // Ids name anchors and charts; two alike break links and the page's script.
      const ids = await page.evaluate(() => [...document.querySelectorAll('[id]')].map((e) => e.id));
      expect(ids.filter((id, i) => ids.indexOf(id) !== i), 'repeated ids').toEqual([]);
    });
  }
}

test.describe('on a phone', () => {
  test.use({ viewport: { width: 390, height: 844 } });
  for (const lang of languages) {
    for (const p of pages) {
      test(`${p.name} (${lang.code}) fits the screen, charts drawn for it or scrolling in their box`, async ({ page }) => {
        await page.goto(localized(lang.prefix, p.path));
        expect(await page.evaluate(() => document.documentElement.scrollWidth - innerWidth), 'no sideways scroll').toBeLessThanOrEqual(0);
        for (const plot of await page.locator('.plot').all()) {
          if (await plot.locator('.drawn.narrow').count()) {
            await expect(plot.locator('.drawn.narrow svg')).toBeVisible();
            await expect(plot.locator('.drawn.wide')).toBeHidden();
          } else {
            // A chart with a minimum width keeps it and scrolls sideways in its own box.
            await expect(plot.locator('.drawn.wide svg')).toBeVisible();
            const scroller = plot.locator('xpath=..');
            expect(await scroller.evaluate((el) => el.scrollWidth > el.clientWidth)).toBe(true);
            await expect(scroller).toHaveAttribute('tabindex', '0');
          }
        }
        await page.screenshot({ path: `${screenshots}${lang.code}-${p.name}-phone.png`, fullPage: true });
      });
    }
  }
});
