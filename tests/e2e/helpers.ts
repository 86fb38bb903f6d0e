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

/** What "Save as PNG" made: the file, its pixel size, the chart's SVG it drew and the text it wrote around it. */
export interface SavedPng {
  bytes: Buffer;
  width: number;
  height: number;
  /** Every SVG the page turned into an image while saving (the chart's drawing). */
  svgs: string[];
  /** Text written on the image's canvas, each with its measured width and the canvas's width. */
  written: { text: string; width: number; canvasWidth: number; font: string }[];
}

/**
 * Records, from page load on, the SVGs handed to an image and the text written on canvases, so a
 * test can see what the page's own "Save as PNG" code drew. Call before `page.goto`.
 */
export async function watchPngExport(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const w = window as unknown as { __svgs: string[]; __written: SavedPng['written'] };
    w.__svgs = [];
    w.__written = [];
    const createObjectURL = URL.createObjectURL.bind(URL);
    URL.createObjectURL = (blob: Blob | MediaSource) => {
      if (blob instanceof Blob && blob.type === 'image/svg+xml') void blob.text().then((t) => w.__svgs.push(t));
      return createObjectURL(blob);
    };
    const fillText = CanvasRenderingContext2D.prototype.fillText;
    CanvasRenderingContext2D.prototype.fillText = function (text: string, x: number, y: number, maxWidth?: number) {
      w.__written.push({ text, width: this.measureText(text).width, canvasWidth: this.canvas.width, font: this.font });
      return maxWidth === undefined ? fillText.call(this, text, x, y) : fillText.call(this, text, x, y, maxWidth);
    };
  });
}

/** Clicks a chart's "Save as PNG" (after watchPngExport) and returns what it made. */
export async function savePng(page: Page, chart: Locator, name = 'Save as PNG'): Promise<SavedPng> {
  await chart.scrollIntoViewIfNeeded();
  const [download] = await Promise.all([page.waitForEvent('download'), chart.getByRole('button', { name }).click()]);
  const bytes = await readFile((await download.path())!);
  // The PNG's IHDR chunk: width and height, big-endian, at bytes 16 and 20.
  const { svgs, written } = await page.evaluate(() => {
    const w = window as unknown as { __svgs: string[]; __written: SavedPng['written'] };
    return { svgs: w.__svgs, written: w.__written };
  });
  return { bytes, width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20), svgs, written };
}

/** The font-family every text element of an SVG is drawn in, as the browser resolves its style. */
export async function svgTextFonts(page: Page, svg: string): Promise<string[]> {
  return page.evaluate((markup) => {
    const host = document.createElement('div');
    host.style.cssText = 'position:absolute;left:-9999px;font-family:serif';
    host.innerHTML = markup;
    document.body.append(host);
    const fonts = [...host.querySelectorAll('text')].map((t) => getComputedStyle(t).fontFamily);
    host.remove();
    return fonts;
  }, svg);
}
