import * as echarts from 'echarts/core';
import { GraphChart } from 'echarts/charts';
import { AriaComponent, LegendComponent, TooltipComponent } from 'echarts/components';
import { SVGRenderer } from 'echarts/renderers';

echarts.use([GraphChart, AriaComponent, LegendComponent, TooltipComponent, SVGRenderer]);
export { echarts };
