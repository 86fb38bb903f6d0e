import * as echarts from 'echarts/core';
import { BarChart } from 'echarts/charts';
import { GridComponent, AriaComponent, TitleComponent, TooltipComponent } from 'echarts/components';
import { SVGRenderer } from 'echarts/renderers';
echarts.use([BarChart, GridComponent, AriaComponent, TooltipComponent, SVGRenderer]);
const c = echarts.init(null, null, { renderer: 'svg', ssr: true, width: 600, height: 300, locale: 'EN' });
c.setOption({ animation: false, aria: { enabled: true, decal: { show: true }, description: 'A bar chart' }, textStyle: {color: 'currentColor'}, xAxis: { type: 'category', data: ['a','b'], axisLabel: {color: 'currentColor'} }, yAxis: { type: 'value', axisLabel: {color:'currentColor'} }, series: [{ type: 'bar', data: [1, 2], itemStyle: {color: '#3b7dd8'} }] });
const s = c.renderToSVGString(); console.log(s.length, s.slice(0, 400)); console.log(s.match(/fill="[^"]*"/g).slice(0,12));
