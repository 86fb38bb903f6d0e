import { AxeBuilder } from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { languages, localized, pages } from './pages.ts';

for (const lang of languages) {
  for (const p of pages) {
    test(`${p.name} (${lang.code}) has no serious accessibility violation`, async ({ page }) => {
      await page.goto(localized(lang.prefix, p.path));
      const results = await new AxeBuilder({ page }).analyze();
      const serious = results.violations
        .filter((v) => v.impact === 'serious' || v.impact === 'critical')
        .map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(', ')})`);
      expect(serious).toEqual([]);
    });
  }
}
