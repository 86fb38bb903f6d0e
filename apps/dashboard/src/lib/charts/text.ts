/**
 * The one font stack of every chart text, on the page and in saved images: sans-serif throughout,
 * with Traditional Chinese coverage. Unquoted names: the string ends up inside SVG style attributes.
 */
export const CHART_FONT = 'system-ui, -apple-system, Segoe UI, Noto Sans TC, Noto Sans CJK TC, PingFang TC, Microsoft JhengHei, sans-serif';

/** Advance widths in em, rounded up from the widest common UI sans (DejaVu Sans), so an estimate never falls short. */
const NARROW = new Set([...' .,:;\'"|!ilIjtf()[]/-']);
const WIDE = new Set([...'mwMW%@']);
const charWidth = (c: string) => {
  if (/[\u2E80-\uFFFF]/.test(c)) return 1;
  if (NARROW.has(c)) return 0.36;
  if (WIDE.has(c)) return 0.92;
  if (/[A-Z]/.test(c)) return 0.72;
  return 0.62;
};

/** A text's width in pixels at a font size, the same wherever it is computed. */
export function textWidth(text: string, fontSize: number): number {
  let em = 0;
  for (const c of text) em += charWidth(c);
  return em * fontSize;
}

/**
 * ECharts' text measurement, for the server and the browser alike. The server has no fonts, the
 * browser has the reader's: measuring with either makes the two drawings differ (labels clipped,
 * legend items overlapping, the layout jumping at hand-over). Measuring with one generous estimate
 * makes the interactive chart lay out exactly as the server drew it.
 */
export function measureText(text: string, font?: string): { width: number } {
  const size = Number(/(\d+(?:\.\d+)?)px/.exec(font ?? '')?.[1] ?? 12);
  return { width: textWidth(text, size) };
}
