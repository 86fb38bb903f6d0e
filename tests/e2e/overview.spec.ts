import { expect, test } from '@playwright/test';

test('KPI cards give each figure with its qualifier, and a change its direction by arrow and sign', async ({ page }) => {
  await page.goto('/');
  const talkie = page.locator('#kpi-talkie-users-first-year');
  await expect(talkie.locator('.value')).toHaveText('11.4M users');
  await expect(talkie).toContainText('within a year');
  const wudao = page.locator('#kpi-wudao-funding-growth-since-2019 .value');
  await expect(wudao.locator('.direction')).toHaveText('▲');
  await expect(wudao).toContainText('over +300%');
  await expect(wudao).toContainText('an increase of');
  // The growth is measured from a baseline year: the card says which.
  await expect(page.locator('#kpi-wudao-funding-growth-since-2019 .period')).toHaveText('since 2019');
  // A count is no change: no arrow.
  await expect(page.locator('#kpi-ai-six-tigers-member-count .value')).toBeVisible();
  await expect(page.locator('#kpi-ai-six-tigers-member-count .direction')).toHaveCount(0);

  await page.goto('/zh-hant');
  await expect(page.locator('#kpi-talkie-users-first-year .value')).toHaveText('1140萬用戶');
  await expect(page.locator('#kpi-wudao-funding-growth-since-2019 .value')).toContainText('超過+300%');
  await expect(page.locator('#kpi-wudao-funding-growth-since-2019 .period')).toHaveText('自2019年以來');
});
