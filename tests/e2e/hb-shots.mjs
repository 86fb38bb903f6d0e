// Temporary screenshot script (deleted after use).
import { chromium } from '@playwright/test';
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'] });
const [base, ...paths] = process.argv.slice(2);
for (const spec of paths) {
  const [path, width, dark, from] = spec.split('|');
  const page = await browser.newPage({ viewport: { width: Number(width ?? 390), height: 844 }, colorScheme: dark ? 'dark' : 'light' });
  await page.goto(`${base}${path}`);
  const name = `/tmp/hb/shot-${path.replace(/[^a-z0-9]+/gi, '_')}-${width}${dark ? '-dark' : ''}.png`;
  const height = await page.evaluate(() => document.documentElement.scrollHeight);
  const start = from ? await page.evaluate((sel) => document.querySelector(sel).getBoundingClientRect().top + scrollY - 20, from) : 0;
  for (let y = start, i = 0; y < height && i < 3; y += 1300, i++) {
    const file = name.replace('.png', `-${i}.png`);
    await page.screenshot({ path: file, fullPage: true, clip: { x: 0, y, width: Number(width ?? 390), height: Math.min(1300, height - y) } });
    console.log(file, height);
  }
  await page.close();
}
await browser.close();
