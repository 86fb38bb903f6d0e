import { readFile } from 'node:fs/promises';
import { parse } from 'csv-parse/sync';
import type { Locator, Page } from '@playwright/test';

/** Clicks a chart's "Download CSV (as shown)" and returns the file's rows, keyed by the header. */
export async function csvAsShown(page: Page, chart: Locator, name = 'Download CSV (as shown)'): Promise<Record<string, string>[]> {
  const [download] = await Promise.all([page.waitForEvent('download'), chart.getByRole('link', { name }).click()]);
  const text = (await readFile((await download.path())!, 'utf8')).replace(/^\uFEFF/, '');
  return parse(text, { columns: true }) as Record<string, string>[];
}

/** The trimmed, whitespace-collapsed text of every element a locator matches. */
export async function texts(locator: Locator): Promise<string[]> {
  return (await locator.allTextContents()).map((t) => t.replace(/\s+/g, ' ').trim());
}

/** Every id a `/compare` URL asks for, whether as `?ids=a,b` or as `?ids=a&ids=b`. */
export function compareIds(url: string): string[] {
  return new URL(url).searchParams.getAll('ids').flatMap((v) => v.split(','));
}
