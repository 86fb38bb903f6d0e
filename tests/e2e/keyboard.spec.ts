import { expect, test } from '@playwright/test';

test('keyboard alone reaches every chart’s downloads on the overview', async ({ page }) => {
  await page.goto('/');
  const targets = await page.locator('.chart a[download]').count();
  expect(targets).toBeGreaterThan(0);
  const reached = new Set<string>();
  for (let i = 0; i < 200 && reached.size < targets; i++) {
    await page.keyboard.press('Tab');
    const id = await page.evaluate(() => {
      const el = document.activeElement;
      return el?.matches('.chart a[download]') ? `${el.closest('.chart')?.id} ${el.textContent}` : null;
    });
    if (id) reached.add(id);
  }
  expect(reached.size).toBe(targets);
});
