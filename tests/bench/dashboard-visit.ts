/**
 * One visit to one dashboard page in a fresh browser context (its own HTTP cache and sockets, so
 * always cold): what the page sends until the network is idle after load, when it paints, when its
 * charts are in the DOM, and what pointing at a chart adds (ECharts loads on pointer or focus).
 */
import { constants, gzipSync } from 'node:zlib';
import type { Browser, Request } from '@playwright/test';

export interface Visit {
  /** Scripts loaded before the reader touches anything, gzip -9 (as adapter-node precompresses). */
  jsAtLoadGzipBytes: number;
  /** All scripts once the first chart has turned interactive; null on a page without charts. */
  jsInteractiveGzipBytes: number | null;
  /** Requests and bytes on the wire (headers + body as encoded) until the network is idle. */
  requests: number;
  weightBytes: number;
  /** The HTML document as sent, and its content-encoding ('none' when sent as is). */
  htmlBytes: number;
  htmlEncoding: string;
  fcpMs: number;
  /** Charts drawn as SVG in the HTML the server sent. */
  chartsInHtml: number;
  /** When the last chart's SVG entered the DOM (ms from navigation start); null without charts. */
  chartsInDomMs: number | null;
  /** From the pointer entering the first chart to ECharts having taken it over. */
  pointerToInteractiveMs: number | null;
}

/** Times the page records itself, in ms from navigation start (set up by `watchPage`). */
interface Marks {
  chartsInDom: number;
  pointed: number;
  interactive: number;
}

// Runs in the page before its own scripts. Only inline arrows: tsx would wrap named functions
// in a helper (`__name`) that does not exist in the page.
const watchPage = () => {
  const marks: Marks = { chartsInDom: NaN, pointed: NaN, interactive: NaN };
  Object.assign(window, { benchMarks: marks });
  let drawn = 0;
  new MutationObserver(() => {
    const now = [...document.querySelectorAll('.plot')].filter((p) =>
      p.querySelector('svg'),
    ).length;
    if (now > drawn) {
      drawn = now;
      marks.chartsInDom = performance.now();
    }
    if (Number.isNaN(marks.interactive) && document.querySelector('.plot[data-interactive]'))
      marks.interactive = performance.now();
  }).observe(document, {
    childList: true,
    subtree: true,
    attributes: true,
    attributeFilter: ['data-interactive'],
  });
  addEventListener(
    'pointerover',
    () => {
      if (Number.isNaN(marks.pointed)) marks.pointed = performance.now();
    },
    { capture: true },
  );
};

const gzipBytes = (body: Buffer) => gzipSync(body, { level: constants.Z_BEST_COMPRESSION }).length;

/** Every request, finished: its bytes on the wire and, for a script, its gzip size. */
async function tally(requests: Request[]) {
  let weightBytes = 0;
  let jsGzipBytes = 0;
  for (const request of requests) {
    const response = await request.response();
    if (!response)
      throw new Error(`${request.url()}: no response (${request.failure()?.errorText})`);
    // A broken asset (say, a build replacing files under the running server) must not pass as light.
    if (response.status() >= 400) throw new Error(`${request.url()}: HTTP ${response.status()}`);
    const sizes = await request.sizes();
    weightBytes += sizes.responseHeadersSize + sizes.responseBodySize;
    if ((response.headers()['content-type'] ?? '').includes('javascript'))
      jsGzipBytes += gzipBytes(await response.body());
  }
  return { weightBytes, jsGzipBytes };
}

export async function visit(browser: Browser, url: string): Promise<Visit> {
  const context = await browser.newContext();
  try {
    const page = await context.newPage();
    await page.addInitScript(watchPage);
    const requests: Request[] = [];
    page.on('request', (r) => requests.push(r));

    const navigation = await page.goto(url, { waitUntil: 'load' });
    if (!navigation) throw new Error(`${url}: no document`);
    await page.waitForLoadState('networkidle');
    const atLoad = requests.length;
    const html = await navigation.body();
    const htmlSizes = await navigation.request().sizes();
    // A chart is its box (.plot) holding an SVG, however the drawing inside is wrapped. The HTML
    // as sent goes through DOMParser, which runs no script: what the server alone drew.
    const { fcp, charts, drawn, chartsInHtml, marks } = await page.evaluate((sent) => {
      const [drawn, chartsInHtml] = [
        document,
        new DOMParser().parseFromString(sent, 'text/html'),
      ].map((d) => [...d.querySelectorAll('.plot')].filter((p) => p.querySelector('svg')).length);
      return {
        fcp: performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? NaN,
        charts: document.querySelectorAll('.plot').length,
        drawn: drawn!,
        chartsInHtml: chartsInHtml!,
        marks: (window as unknown as { benchMarks: Marks }).benchMarks,
      };
    }, html.toString('utf8'));
    if (Number.isNaN(fcp)) throw new Error(`${url}: no first-contentful-paint entry`);
    if (drawn < charts)
      throw new Error(`${url}: ${charts - drawn} chart(s) without an SVG at load`);

    let pointerToInteractiveMs: number | null = null;
    if (charts > 0) {
      await page.locator('.plot').first().hover();
      await page.locator('.plot[data-interactive]').first().waitFor({ timeout: 15_000 });
      const after = await page.evaluate(
        () => (window as unknown as { benchMarks: Marks }).benchMarks,
      );
      pointerToInteractiveMs = after.interactive - after.pointed;
    }
    const load = await tally(requests.slice(0, atLoad));
    const interaction = await tally(requests.slice(atLoad));
    return {
      jsAtLoadGzipBytes: load.jsGzipBytes,
      jsInteractiveGzipBytes: charts > 0 ? load.jsGzipBytes + interaction.jsGzipBytes : null,
      requests: atLoad,
      weightBytes: load.weightBytes,
      htmlBytes: htmlSizes.responseBodySize,
      htmlEncoding: (await navigation.allHeaders())['content-encoding'] ?? 'none',
      fcpMs: fcp,
      chartsInHtml,
      chartsInDomMs: charts > 0 ? marks.chartsInDom : null,
      pointerToInteractiveMs,
    };
  } finally {
    await context.close();
  }
}
