import * as echarts from 'echarts/core';
import { BarChart, GraphChart, LineChart, ScatterChart } from 'echarts/charts';
import { AriaComponent, GridComponent, LegendComponent, TooltipComponent, DataZoomComponent } from 'echarts/components';
import { SVGRenderer } from 'echarts/renderers';
import type { DisplayLocale } from '@aiwatch/data/numbers';
import { buildOption } from '$lib/charts/options';
import { measureText } from '$lib/charts/text';
import { SSR_WIDTH, type ChartSpec } from '$lib/charts/types';

echarts.use([BarChart, LineChart, ScatterChart, GraphChart, AriaComponent, GridComponent, LegendComponent, TooltipComponent, DataZoomComponent, SVGRenderer]);
// The browser measures text the same way (client/mount.ts): both drawings lay out alike.
echarts.setPlatformAPI({ measureText });

/**
 * Draws a chart as SVG markup on the server (ECharts SSR), so it is visible at first paint with no
 * JavaScript. The browser's interactive chart later takes the same box.
 */
export function renderChartSvg(spec: ChartSpec, locale: DisplayLocale, width = spec.ssrWidth ?? SSR_WIDTH): string {
  const chart = echarts.init(null, null, {
    renderer: 'svg',
    ssr: true,
    width,
    height: spec.height,
    locale: locale === 'en' ? 'EN' : 'ZH',
  });
  try {
    chart.setOption(buildOption(spec, locale, false, width));
    // Fixed pixel size out, viewBox in: the drawing scales with the page.
    return chart
      .renderToSVGString()
      .replace(/^<svg width="\d+" height="\d+"/, '<svg width="100%" height="100%" preserveAspectRatio="xMidYMin meet" focusable="false"');
  } finally {
    chart.dispose();
  }
}
