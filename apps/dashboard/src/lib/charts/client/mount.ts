import type { DisplayLocale } from '@aiwatch/data/numbers';
import type { ChartSpec } from '../types.ts';

export interface MountedChart {
  /** The chart as SVG markup (for the PNG export). */
  svg(): string;
  dispose(): void;
}

/**
 * Loads the ECharts modules a chart kind needs — only when the chart is on screen — and
 * replaces the server-drawn SVG with the interactive chart in the same box.
 */
export async function mountChart(el: HTMLElement, spec: ChartSpec, locale: DisplayLocale): Promise<MountedChart> {
  const [{ echarts }, { buildOption }] = await Promise.all([
    spec.kind === 'bar' ? import('./echarts-bar.ts') : spec.kind === 'timeline' ? import('./echarts-timeline.ts') : import('./echarts-graph.ts'),
    import('../options.ts'),
  ]);
  const chart = echarts.init(el, null, { renderer: 'svg', locale: locale === 'en' ? 'EN' : 'ZH' });
  chart.setOption(buildOption(spec, locale));
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
