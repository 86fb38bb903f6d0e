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
  const background = (p = page) => p.evaluate(() => getComputedStyle(document.documentElement).backgroundColor);
  const dark = () => page.getByRole('group', { name: 'Theme' }).getByRole('link', { name: 'Dark' });
  await page.goto('/');
  expect(await background()).toBe('rgb(251, 251, 250)');
  await expect(page.getByRole('group', { name: 'Theme' }).getByRole('link', { name: 'System' })).toHaveAttribute('aria-current', 'true');
  await dark().click();
  await expect(dark()).toHaveAttribute('aria-current', 'true');
  expect(await background()).toBe('rgb(17, 19, 22)');
  await page.goto('/zh-hant');
  expect(await background()).toBe('rgb(17, 19, 22)');
  const second = await context.newPage();
  await second.goto('/?again');
  expect(await background(second)).toBe('rgb(17, 19, 22)');
});

test('the theme applies without JavaScript, though the page’s HTML does not name it', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto('/companies');
  await page.getByRole('group', { name: 'Theme' }).getByRole('link', { name: 'Dark' }).click();
  await expect(page).toHaveURL(/\/companies$/);
  expect(await page.evaluate(() => getComputedStyle(document.documentElement).backgroundColor)).toBe('rgb(17, 19, 22)');
  await context.close();
});
