import { expect, test, type Page } from '@playwright/test';
import { localized, pages } from './pages.ts';

/**
 * English words of ours on a Chinese page: lower-case Latin words of three letters or more in text
 * whose language is Chinese. A name ("MiniMax"), an acronym ("AI"), an address, code and anything
 * marked with its own `lang` (a title, a quotation) or `translate="no"` (BibTeX) are not counted.
 */
async function englishOfOurs(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const chinese = (el: Element) => (el.closest('[lang]')?.getAttribute('lang') ?? '').toLowerCase().startsWith('zh');
    const words = (t: string) =>
      t
        .replace(/https?:\/\/\S+/g, '')
        .replace(/\b[\w-]+(\.[\w-]+)+\b/g, '')
        .match(/(?<![A-Za-z0-9-])[a-z]{3,}(?![A-Za-z0-9])/g) ?? [];
    const found: string[] = [];
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      const el = n.parentElement;
      if (!el || el.closest('script, style, svg, code, [translate="no"]') || !chinese(el)) continue;
      const text = (n.textContent ?? '').replace(/\s+/g, ' ').trim();
      if (words(text).length > 0) found.push(text);
    }
    for (const el of document.querySelectorAll('[aria-label], [title], [placeholder], [alt]')) {
      if (!chinese(el)) continue;
      for (const name of ['aria-label', 'title', 'placeholder', 'alt']) {
        const value = el.getAttribute(name);
        if (value && words(value).length > 0) found.push(`${name}="${value}"`);
      }
    }
    return [...new Set(found)];
  });
}

for (const p of pages) {
  test(`${p.name} (zh-hant) has no English of ours outside titles, quotations and names`, async ({ page }) => {
    await page.goto(localized('/zh-hant', p.path));
    // Closed <details> (citations) are in the page too: their text is read by copying it.
    expect(await englishOfOurs(page)).toEqual([]);
  });
}

test('a figure’s citation on a Chinese page is Chinese, names the site 中國AI觀察 and links the claim', async ({ page }) => {
  await page.goto('/zh-hant');
  const plain = page.locator('.cite pre').first();
  const text = (await plain.textContent()) ?? '';
  expect(text).toContain('中國AI觀察整理');
  expect(text).toMatch(/\/zh-hant\/sources\?claim=figures\/[a-z0-9-]+#claim-figures-[a-z0-9-]+（\d{4}-\d{2}-\d{2} 擷取）。$/);
  expect(text).not.toMatch(/China AI Watch|Via |accessed/);
});
