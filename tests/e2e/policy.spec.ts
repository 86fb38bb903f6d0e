import { expect, test, type Page } from '@playwright/test';
import { texts } from './helpers.ts';

const frontier = (page: Page) => page.getByRole('region', { name: 'Track 1: frontier-model champions' });
const diffusion = (page: Page) => page.getByRole('region', { name: 'Track 2: diffusion tools' });
const card = (track: ReturnType<typeof frontier>, id: string) => track.locator(`#policy-${id}`);

const sixTigers = {
  '01-ai': '01.AI',
  'baichuan-ai': 'Baichuan AI',
  minimax: 'MiniMax',
  'moonshot-ai': 'Moonshot AI',
  stepfun: 'StepFun',
  'zhipu-ai': 'Zhipu AI',
};

test('the two tracks: the six tigers on the frontier side, compute and model vouchers on the diffusion side', async ({ page }) => {
  await page.goto('/policy');
  await expect(frontier(page)).toBeVisible();
  await expect(diffusion(page)).toBeVisible();

  const tigers = card(frontier(page), 'ai-six-tigers');
  await expect(tigers.getByRole('heading')).toHaveText('AI six tigers');
  const members = tigers.locator('dt', { hasText: 'Members' }).locator('xpath=following-sibling::dd[1]').getByRole('link');
  expect((await texts(members)).sort()).toEqual(Object.values(sixTigers).sort());
  for (const [id, name] of Object.entries(sixTigers)) await expect(members.filter({ hasText: name })).toHaveAttribute('href', `/companies/${id}`);
  // The money behind them: Prosperity7's US$400M for Zhipu.
  await expect(tigers.locator('dd li', { hasText: 'Prosperity7 Ventures' })).toContainText('Zhipu AI: US$400M');

  for (const [id, name] of [
    ['compute-vouchers', 'Compute vouchers'],
    ['model-vouchers', 'Model vouchers'],
  ] as const) {
    const voucher = card(diffusion(page), id);
    await expect(voucher.getByRole('heading')).toHaveText(name);
    await expect(voucher.getByRole('heading').getByRole('link')).toHaveAttribute('href', `/companies/${id}`);
    await expect(voucher.locator('dt', { hasText: 'Issued by' })).toBeVisible();
    // Neither sits on the other track.
    await expect(card(frontier(page), id)).toHaveCount(0);
  }
  await expect(card(diffusion(page), 'ai-six-tigers')).toHaveCount(0);
});

test('every entity link on both tracks leads to a page that exists', async ({ page, request }) => {
  await page.goto('/policy');
  const hrefs = await page
    .locator('section.track a[href^="/companies/"]')
    .evaluateAll((as) => [...new Set(as.map((a) => a.getAttribute('href')!))]);
  expect(hrefs).toEqual(expect.arrayContaining(['/companies/compute-vouchers', '/companies/model-vouchers', ...Object.keys(sixTigers).map((id) => `/companies/${id}`)]));
  const statuses = await Promise.all(hrefs.map(async (href) => [href, (await request.get(href)).status()] as const));
  expect(statuses.filter(([, status]) => status !== 200)).toEqual([]);

  // And following them in the browser lands on the entity's own page.
  for (const [track, name, id] of [
    [diffusion(page), 'Compute vouchers', 'compute-vouchers'],
    [diffusion(page), 'Model vouchers', 'model-vouchers'],
    [frontier(page), 'Zhipu AI', 'zhipu-ai'],
  ] as const) {
    await page.goto('/policy');
    await track.getByRole('link', { name, exact: true }).first().click();
    await expect(page).toHaveURL(new RegExp(`/companies/${id}$`));
    await expect(page.locator('h1')).toHaveText(name);
  }
});
