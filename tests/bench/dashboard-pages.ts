/**
 * Every dashboard page in headless Chromium on localhost: `runs` cold visits each, reduced to
 * medians. Visits go round the pages rather than page by page, so a burst of load from elsewhere on
 * the machine spreads over all pages instead of skewing one.
 */
import { chromium } from '@playwright/test';
import { chromiumArgs, chromiumPath } from '../e2e/chromium.ts';
import { visit, type Visit } from './dashboard-visit.ts';

export interface PageMeasure extends Visit {
  path: string;
  visits: number;
  /** The later of first paint and every chart's SVG being in the DOM; null without charts. */
  chartsVisibleMs: number | null;
  /** Visits in which every chart's SVG was in the DOM by first contentful paint. */
  chartsAtFirstPaint: number;
}

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)] ?? NaN;
};
/** Median of the visits that have the figure; null when none has (a page without charts). */
const medianOrNull = (xs: (number | null)[]) => {
  const present = xs.filter((x): x is number => x !== null);
  return present.length ? median(present) : null;
};

function summarize(path: string, visits: Visit[]): PageMeasure {
  const all = <K extends keyof Visit>(k: K) => visits.map((v) => v[k]);
  return {
    path,
    jsAtLoadGzipBytes: median(all('jsAtLoadGzipBytes')),
    jsInteractiveGzipBytes: medianOrNull(all('jsInteractiveGzipBytes')),
    requests: median(all('requests')),
    weightBytes: median(all('weightBytes')),
    htmlBytes: median(all('htmlBytes')),
    htmlEncoding: [...new Set(all('htmlEncoding'))].join(', '),
    fcpMs: median(all('fcpMs')),
    chartsInHtml: median(all('chartsInHtml')),
    chartsInDomMs: medianOrNull(all('chartsInDomMs')),
    pointerToInteractiveMs: medianOrNull(all('pointerToInteractiveMs')),
    visits: visits.length,
    // Nothing shows before the first paint, and an SVG shows at the first paint after it is in the DOM.
    chartsVisibleMs: medianOrNull(
      visits.map((v) => (v.chartsInDomMs === null ? null : Math.max(v.chartsInDomMs, v.fcpMs))),
    ),
    chartsAtFirstPaint: visits.filter((v) => v.chartsInDomMs !== null && v.chartsInDomMs <= v.fcpMs)
      .length,
  };
}

export async function measurePages(
  base: string,
  paths: string[],
  runs: number,
): Promise<{ browser: string; pages: PageMeasure[] }> {
  const browser = await chromium.launch({ executablePath: chromiumPath, args: chromiumArgs });
  try {
    const visits = new Map<string, Visit[]>(paths.map((p) => [p, []]));
    for (let run = 1; run <= runs; run++) {
      console.log(`dashboard bench: round ${run} of ${runs} over ${paths.length} pages`);
      for (const path of paths) visits.get(path)!.push(await visit(browser, `${base}${path}`));
    }
    return {
      browser: `Chromium ${browser.version()}`,
      pages: paths.map((p) => summarize(p, visits.get(p)!)),
    };
  } finally {
    await browser.close();
  }
}
