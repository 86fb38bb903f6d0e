import { expect, test } from '@playwright/test';
import { dataset } from '@aiwatch/data';
import { readReleaseHistory } from '@aiwatch/data/releases';
import { texts } from './helpers.ts';

const history = readReleaseHistory();
const latest = history.at(-1)!.release;

test('What’s new lists every release with its notes and counts, newest first, and the footer names the latest', async ({ page }) => {
  await page.goto('/changes');
  await expect(page.locator('.release h3')).toHaveText([...history].reverse().map((h, i) => `Release ${h.release.version}${i === 0 ? 'latest' : ''}`));
  // Names in backticks (`round_zh`) are shown as code, without the backticks.
  const notes = page.locator('.release .notes').first();
  await expect(notes).toHaveText(latest.notes_en.replaceAll('`', ''));
  await expect(notes.locator('code')).toHaveCount(latest.notes_en.split('`').length >> 1);
  const c = latest.changes;
  await expect(page.locator('.release .counts').first()).toHaveText(`${c.added} added · ${c.removed} removed · ${c.changed} changed · ${c.renamed} renamed`);
  await expect(page.locator('footer .release')).toHaveText(`Data release ${latest.version} of ${latest.released_on} · what changed`);
});

test('filtering by company and kind shows only its changes, and pages follow on without repeating', async ({ page }) => {
  await page.goto('/changes');
  await page.getByLabel('Company or entity').selectOption('zhipu-ai');
  await page.getByLabel('Kind of change').selectOption('added');
  await page.getByRole('button', { name: 'Show' }).click();
  await expect(page).toHaveURL(/\?release=&entity=zhipu-ai&kind=added#changes$/);
  const expected = history.flatMap((h) => h.changes).filter((ch) => ch.kind === 'added' && ch.entity_ids.includes('zhipu-ai'));
  const seen: string[] = [];
  for (;;) {
    seen.push(...(await page.locator('.change').evaluateAll((els) => els.map((e) => e.getAttribute('data-change') ?? ''))));
    expect(new Set(await texts(page.locator('.change .kind')))).toEqual(new Set(['Added']));
    const next = page.getByRole('link', { name: 'Next page →' });
    if ((await next.count()) === 0) break;
    // Wait for the next page itself: reading before it arrives would count this page twice.
    const target = new URL((await next.getAttribute('href'))!, page.url()).href;
    await next.click();
    await page.waitForURL(target);
  }
  // Labels may repeat (two figures of one metric); the change ids may not.
  expect(seen.length).toBe(expected.length);
  expect(new Set(seen).size).toBe(seen.length);
  await expect(page.locator('.kind').first()).toHaveText('Added');
});

test('a company page lists its recent changes and links to its feed; a model page shows the record’s history', async ({ page }) => {
  await page.goto('/zh-hant/companies/zhipu-ai');
  await expect(page.locator('#changes')).toHaveText('近期變更');
  await expect(page.getByRole('link', { name: /訂閱.+的變更（Atom）/ })).toHaveAttribute('href', /\/v1\/entities\/zhipu-ai\/changes\.atom\?lang=zh-hant$/);
  const model = dataset.models.find((m) => m.developers.some((d) => d.entity_id === 'deepseek'))!;
  await page.goto(`/models/${model.id}`);
  const added = history.find((h) => h.changes.some((c) => c.table === 'models' && c.id === model.id))!.release;
  await expect(page.locator('.history .change')).toHaveCount(1);
  await expect(page.locator('.history .change .kind')).toHaveText('Added');
  await expect(page.locator('.history .change .what')).toContainText(`release ${added.version} (${added.released_on})`);
});

test('an unknown release in the filter is a 400 page that says so, not an empty list', async ({ page }) => {
  const res = await page.goto('/changes?release=2099.1.0');
  expect(res?.status()).toBe(400);
  await expect(page.locator('main')).toContainText('2099.1.0');
});
