import type { DisplayLocale } from '@aiwatch/data/numbers';
import { measureText } from '../text.ts';
import { NARROW_BOX, NARROW_WIDTH, SSR_WIDTH, type ChartKind, type ChartSpec } from '../types.ts';

export interface MountedChart {
  dispose(): void;
}

export interface MountOptions {
  /** Called with the data item the reader clicks; by default a data item with an `href` is a link. */
  onClick?: (item: unknown) => void;
}

/** Follows the `href` a clicked data item carries (a graph node's entity page, say). */
export function followHref(item: unknown): void {
  const target = (item as { href?: unknown } | null)?.href;
  if (typeof target === 'string' && target.startsWith('/')) location.assign(target);
}

/** The ECharts modules of each kind of chart, loaded on demand. */
export function modulesFor(kind: ChartKind) {
  switch (kind) {
    case 'bar':
      return import('./echarts-bar.ts');
    case 'line':
    case 'scatter':
      return import('./echarts-xy.ts');
    case 'timeline':
      return import('./echarts-timeline.ts');
    case 'graph':
      return import('./echarts-graph.ts');
  }
}

/** The size the server drew the drawing shown in a box this wide: the interactive chart takes the same. */
export function drawingWidth(spec: ChartSpec, boxWidth: number): number {
  return !spec.minWidth && boxWidth <= NARROW_BOX ? NARROW_WIDTH : (spec.ssrWidth ?? SSR_WIDTH);
}

/**
 * Loads the ECharts modules a chart kind needs — only when the chart is on screen — and
 * replaces the server-drawn SVG with the interactive chart in the same box. The chart is drawn
 * at the server drawing's size, measuring text as the server did, and scaled into the box as the
 * server's SVG is (centred across, at the top, aspect kept): the same picture, which only then turns interactive.
 */
export async function mountChart(el: HTMLElement, spec: ChartSpec, locale: DisplayLocale, options: MountOptions = {}): Promise<MountedChart> {
  const [{ echarts }, { buildOption }] = await Promise.all([
    modulesFor(spec.kind),
    import('../options.ts'),
  ]);
  echarts.setPlatformAPI({ measureText });
  const stage = document.createElement('div');
  stage.style.transformOrigin = '0 0';
  let width = drawingWidth(spec, el.clientWidth);
  const fit = () => {
    stage.style.width = `${width}px`;
    stage.style.height = `${spec.height}px`;
    const scale = Math.min(el.clientWidth / width, el.clientHeight / spec.height) || 1;
    // Centred across and at the top, as the server's SVG sits (xMidYMin): text below stays close.
    const dx = (el.clientWidth - width * scale) / 2;
    stage.style.transform = `translate(${dx}px, 0) scale(${scale})`;
  };
  fit();
  // The server's drawings go: ECharts adds its own beside whatever the box holds.
  el.replaceChildren(stage);
  const chart = echarts.init(stage, null, { renderer: 'svg', width, height: spec.height, locale: locale === 'en' ? 'EN' : 'ZH' });
  chart.setOption(buildOption(spec, locale, false, width));
  const onClick = options.onClick ?? followHref;
  chart.on('click', (params) => onClick(params.data));
  const resize = new ResizeObserver(() => {
    const wanted = drawingWidth(spec, el.clientWidth);
    if (wanted !== width) {
      width = wanted;
      chart.resize({ width, height: spec.height });
      chart.setOption(buildOption(spec, locale, false, width));
    }
    fit();
  });
  resize.observe(el);
  return {
    dispose() {
      resize.disconnect();
      chart.dispose();
    },
  };
}
