import { expect, test } from '@playwright/test';

test('the language switch keeps the page and is remembered for the home page', async ({ page }) => {
  await page.goto('/?from=e2e');
  await page.getByRole('link', { name: '繁體中文' }).click();
  await expect(page).toHaveURL(/\/zh-hant\/?\?from=e2e$/);
  await expect(page.locator('html')).toHaveAttribute('lang', 'zh-hant');
  await page.goto('/');
  await expect(page).toHaveURL(/\/zh-hant\/?$/);
  await page.getByRole('link', { name: 'English', exact: true }).click();
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await page.goto('/');
  await expect(page).toHaveURL(/127\.0\.0\.1:\d+\/$/);
});

test('the theme switch persists across pages and visits', async ({ page, context }) => {
  await page.goto('/');
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'system');
  await page.getByRole('group', { name: 'Theme' }).getByRole('link', { name: 'Dark' }).click();
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  const background = await page.evaluate(() => getComputedStyle(document.documentElement).backgroundColor);
  expect(background).toBe('rgb(17, 19, 22)');
  await page.goto('/zh-hant');
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  const second = await context.newPage();
  await second.goto('/?again');
  await expect(second.locator('html')).toHaveAttribute('data-theme', 'dark');
});
