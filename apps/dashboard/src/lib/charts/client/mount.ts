import type { DisplayLocale } from '@aiwatch/data/numbers';
import type { ChartKind, ChartSpec } from '../types.ts';

export interface MountedChart {
  /** The chart as SVG markup (for the PNG export). */
  svg(): string;
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
function modulesFor(kind: ChartKind) {
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

/**
 * Loads the ECharts modules a chart kind needs — only when the chart is on screen — and
 * replaces the server-drawn SVG with the interactive chart in the same box.
 */
export async function mountChart(el: HTMLElement, spec: ChartSpec, locale: DisplayLocale, options: MountOptions = {}): Promise<MountedChart> {
  const [{ echarts }, { buildOption }] = await Promise.all([
    modulesFor(spec.kind),
    import('../options.ts'),
  ]);
  // The server's drawings go: ECharts adds its own beside whatever the box holds.
  el.replaceChildren();
  const chart = echarts.init(el, null, { renderer: 'svg', locale: locale === 'en' ? 'EN' : 'ZH' });
  chart.setOption(buildOption(spec, locale));
  const onClick = options.onClick ?? followHref;
  chart.on('click', (params) => onClick(params.data));
  const resize = new ResizeObserver(() => chart.resize());
  resize.observe(el);
  return {
    svg: () => el.querySelector('svg')?.outerHTML ?? '',
    dispose() {
      resize.disconnect();
      chart.dispose();
    },
  };
}
