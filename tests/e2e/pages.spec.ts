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
      // Charts are in the server's HTML: visible at first paint, before any script runs.
      const html = await (await request.get(url)).text();
      const plots = html.match(/class="plot[^"]*"[^>]*>(<!---->)?\s*<svg/g) ?? [];
      expect(plots.length, 'server-drawn charts').toBe((html.match(/class="plot[ "]/g) ?? []).length);

      const problems = watch(page);
      await page.goto(url);
      await expect(page.locator('html')).toHaveAttribute('lang', lang.code);
      await expect(page.locator('h1')).toBeVisible();
      for (const plot of await page.locator('.plot').all()) {
        await plot.scrollIntoViewIfNeeded();
        await plot.hover();
        // Reaching for the chart loads the interactive one, which takes the same box.
        await expect(plot).toHaveAttribute('data-interactive', 'true');
        await expect(plot.locator('svg path').first()).toBeAttached();
      }
      await page.waitForLoadState('networkidle');
      await page.screenshot({ path: `${screenshots}${lang.code}-${p.name}.png`, fullPage: true });
      expect(problems).toEqual([]);
    });
  }
}
