import type { DisplayLocale } from '@aiwatch/data/numbers';
import { exportKey, exportOption, INK } from '../export-option.ts';
import { CHART_FONT, measureText } from '../text.ts';
import { SSR_WIDTH, type ChartSpec } from '../types.ts';
import { modulesFor } from './mount.ts';

/** Everything the saved image carries besides the chart: its title and where the data comes from. */
export interface PngCaption {
  title: string;
  source: string;
  url: string;
}

const WIDTH = 1200;
const PAD = 32;
const TEXT_WIDTH = WIDTH - 2 * PAD;
/** Narrower charts are drawn wider for the image, their height growing by the square root of the stretch. */
const MIN_DRAWING_WIDTH = 760;

/** Words, or single CJK characters (a line may break between any two), each with the space after it. */
const tokens = (text: string) => text.match(/[\u2E80-\uFFFF]|[^\s\u2E80-\uFFFF]+\s*|\s+/g) ?? [];

/** Breaks a text into lines no wider than `width` as the canvas measures them. */
export function wrap(ctx: CanvasRenderingContext2D, text: string, width: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const token of tokens(text)) {
    if (line && ctx.measureText((line + token).trimEnd()).width > width) {
      lines.push(line.trimEnd());
      line = token.trimStart();
    } else line += token;
  }
  if (line.trim()) lines.push(line.trimEnd());
  return lines;
}

/** The chart drawn as SVG for the image, by the same ECharts modules the page uses. */
async function drawing(spec: ChartSpec, locale: DisplayLocale): Promise<{ svg: string; width: number; height: number }> {
  const { echarts } = await modulesFor(spec.kind);
  echarts.setPlatformAPI({ measureText });
  const drawn = spec.ssrWidth ?? SSR_WIDTH;
  const width = Math.max(drawn, MIN_DRAWING_WIDTH);
  const height = Math.round(spec.height * Math.sqrt(width / drawn));
  const chart = echarts.init(null, null, { renderer: 'svg', ssr: true, width, height, locale: locale === 'en' ? 'EN' : 'ZH' });
  try {
    chart.setOption(exportOption(spec, locale));
    return { svg: chart.renderToSVGString(), width, height };
  } finally {
    chart.dispose();
  }
}

async function svgImage(svg: string): Promise<HTMLImageElement> {
  const url = URL.createObjectURL(new Blob([svg], { type: 'image/svg+xml' }));
  try {
    const image = new Image();
    image.src = url;
    await image.decode();
    return image;
  } finally {
    URL.revokeObjectURL(url);
  }
}

/**
 * Saves the chart as a PNG that still cites its data when it travels alone: title above; below,
 * the fact-check key, a timeline's numbered markers, the source line and the link, each wrapped to
 * the image's width.
 */
export async function savePng(spec: ChartSpec, locale: DisplayLocale, caption: PngCaption, filename: string): Promise<void> {
  const chart = await drawing(spec, locale);
  const image = await svgImage(chart.svg);
  const chartHeight = Math.round((chart.height / chart.width) * TEXT_WIDTH);
  const canvas = document.createElement('canvas');
  const ctx = canvas.getContext('2d');
  if (!ctx) throw new Error('no 2D canvas');
  const blocks = [
    { font: `600 26px ${CHART_FONT}`, colour: INK, lineHeight: 34, lines: [] as string[], text: [caption.title] },
    { font: `15px ${CHART_FONT}`, colour: INK, lineHeight: 22, lines: [], text: [spec.reviewNote ?? '', ...exportKey(spec)] },
    { font: `16px ${CHART_FONT}`, colour: '#4a4f57', lineHeight: 24, lines: [], text: [caption.source, caption.url] },
  ];
  for (const b of blocks) {
    ctx.font = b.font;
    b.lines = b.text.filter(Boolean).flatMap((t) => wrap(ctx, t, TEXT_WIDTH));
  }
  const [title, notes, source] = blocks as [(typeof blocks)[0], (typeof blocks)[0], (typeof blocks)[0]];
  const height = (b: typeof title) => b.lines.length * b.lineHeight;
  canvas.width = WIDTH;
  canvas.height = PAD + height(title) + 16 + chartHeight + 24 + height(notes) + (notes.lines.length ? 12 : 0) + height(source) + PAD;
  // Resizing a canvas resets its state: fill and write only now.
  ctx.fillStyle = '#ffffff';
  ctx.fillRect(0, 0, canvas.width, canvas.height);
  let y = PAD;
  const write = (b: typeof title) => {
    ctx.font = b.font;
    ctx.fillStyle = b.colour;
    ctx.textBaseline = 'top';
    for (const line of b.lines) {
      ctx.fillText(line, PAD, y);
      y += b.lineHeight;
    }
  };
  write(title);
  y += 16;
  ctx.drawImage(image, PAD, y, TEXT_WIDTH, chartHeight);
  y += chartHeight + 24;
  write(notes);
  if (notes.lines.length) y += 12;
  write(source);
  const png = await new Promise<Blob | null>((resolve) => canvas.toBlob(resolve, 'image/png'));
  if (!png) throw new Error('could not encode PNG');
  const link = document.createElement('a');
  link.href = URL.createObjectURL(png);
  link.download = filename;
  link.click();
  setTimeout(() => URL.revokeObjectURL(link.href), 10_000);
}
