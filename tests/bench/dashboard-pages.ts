/**
 * Page weight and speed of the dashboard in headless Chromium on localhost: JavaScript sent
 * (gzip), requests, bytes, first contentful paint, charts visible (server-drawn SVG in the first
 * HTML, so at first paint) and charts interactive. Median of N cold visits per page.
 */
import { gzipSync } from 'node:zlib';
import { chromium, type Browser } from '@playwright/test';

export interface PageMeasure {
  page: string;
  /** Scripts loaded by the page itself, before the reader touches a chart. */
  jsAtLoadGzipBytes: number;
  /** Everything, once a chart has turned interactive (its ECharts chunk included). */
  jsGzipBytes: number;
  requests: number;
  transferBytes: number;
  fcpMs: number;
  chartsInFirstHtml: number;
  chartsInteractiveMs: number | null;
}

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)] ?? 0;
};

async function visit(browser: Browser, url: string): Promise<Omit<PageMeasure, 'page'>> {
  const context = await browser.newContext();
  const page = await context.newPage();
  let requests = 0;
  let transferBytes = 0;
  let jsGzipBytes = 0;
  let chartsInFirstHtml = 0;
  page.on('response', async (res) => {
    requests++;
    const body = await res.body().catch(() => Buffer.alloc(0));
    transferBytes += Number(res.headers()['content-length'] ?? body.length);
    if ((res.headers()['content-type'] ?? '').includes('javascript')) jsGzipBytes += gzipSync(body).length;
    if (res.url() === url) chartsInFirstHtml = (body.toString('utf8').match(/class="plot[^"]*"[^>]*>(<!---->)?\s*<svg/g) ?? []).length;
  });
  const start = Date.now();
  await page.goto(url, { waitUntil: 'load' });
  const fcpMs = await page.evaluate(
    () =>
      new Promise<number>((resolve) => {
        new PerformanceObserver((list) => {
          const fcp = list.getEntriesByName('first-contentful-paint')[0];
          if (fcp) resolve(fcp.startTime);
        }).observe({ type: 'paint', buffered: true });
        setTimeout(() => resolve(Number.NaN), 5000);
      }),
  );
  await page.waitForLoadState('networkidle');
  const jsAtLoadGzipBytes = jsGzipBytes;
  let chartsInteractiveMs: number | null = null;
  const plots = await page.locator('.plot').count();
  if (plots > 0) {
    // Charts turn interactive when the reader reaches for one.
    await page.locator('.plot').first().hover();
    await page.locator('.plot[data-interactive]').first().waitFor({ timeout: 15_000 });
    chartsInteractiveMs = Date.now() - start;
  }
  await page.waitForLoadState('networkidle');
  await context.close();
  return { jsAtLoadGzipBytes, jsGzipBytes, requests, transferBytes, fcpMs, chartsInFirstHtml, chartsInteractiveMs };
}

export async function measurePages(base: string, paths: string[], runs = 5): Promise<PageMeasure[]> {
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
  });
  try {
    const results: PageMeasure[] = [];
    for (const path of paths) {
      const samples: Omit<PageMeasure, 'page'>[] = [];
      for (let i = 0; i < runs; i++) samples.push(await visit(browser, `${base}${path}`));
      const pick = (f: (s: (typeof samples)[number]) => number) => median(samples.map(f));
      const interactive = samples.map((s) => s.chartsInteractiveMs).filter((x): x is number => x !== null);
      results.push({
        page: path,
        jsAtLoadGzipBytes: pick((s) => s.jsAtLoadGzipBytes),
        jsGzipBytes: pick((s) => s.jsGzipBytes),
        requests: pick((s) => s.requests),
        transferBytes: pick((s) => s.transferBytes),
        fcpMs: pick((s) => s.fcpMs),
        chartsInFirstHtml: pick((s) => s.chartsInFirstHtml),
        chartsInteractiveMs: interactive.length ? median(interactive) : null,
      });
    }
    return results;
  } finally {
    await browser.close();
  }
}
