import { describe, expect, it } from 'vitest';
import { buildBarOptions, reviewStyles } from './bar-options.ts';

type Loose = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

describe('buildBarOptions', () => {
  const input = {
    categories: ['Investment', 'Valuation'],
    series: [{ name: 'Zhipu AI', values: [4e8, 3e9] }],
    unit: 'USD' as const,
    description: 'Zhipu AI money figures',
  };

  it('describes the chart for screen readers and draws decals', () => {
    expect((buildBarOptions(input, 'en') as Loose).aria).toEqual({ enabled: true, description: 'Zhipu AI money figures', decal: { show: true } });
  });
  it('labels values in the reader’s own format', () => {
    const zh = buildBarOptions(input, 'zh-Hant') as Loose;
    expect(zh.xAxis.data).toEqual(['Investment', 'Valuation']);
    expect(zh.series[0].data).toEqual([4e8, 3e9]);
    expect(zh.series[0].label.formatter({ value: 3e9 })).toBe('30億美元');
    const en = buildBarOptions(input, 'en') as Loose;
    expect(en.yAxis.axisLabel.formatter(4e8)).toBe('US$400M');
  });
  it('shows a legend only when there is more than one series', () => {
    expect((buildBarOptions(input, 'en') as Loose).legend).toBeUndefined();
  });
  it('ticks counts in whole numbers only', () => {
    const counts = buildBarOptions({ ...input, unit: 'count' }, 'en') as Loose;
    expect(counts.yAxis.minInterval).toBe(1);
    expect((buildBarOptions(input, 'en') as Loose).yAxis.minInterval).toBeUndefined();
  });
  it('swaps the axes for horizontal bars', () => {
    const h = buildBarOptions({ ...input, series: [...input.series, { name: 'x', values: [1, 2] }], horizontal: true }, 'en') as Loose;
    expect(h.yAxis.data).toEqual(['Investment', 'Valuation']);
    expect(h.xAxis.type).toBe('value');
    expect(h.legend).toBeDefined();
  });
  it('draws a disputed figure apart from a corroborated one, by outline and pattern', () => {
    const bars = (buildBarOptions({ ...input, reviews: ['disputed', 'corroborated'] }, 'en') as Loose).series[0].data;
    expect(bars[0]).toMatchObject({ value: 4e8, itemStyle: { borderType: 'dashed', decal: { rotation: -Math.PI / 4 } } });
    expect(bars[1]).toBe(3e9);
  });
  it('hatches only a disputed bar: the series’ own pattern would hatch every bar and blur the key', () => {
    const o = buildBarOptions({ ...input, reviews: ['disputed', 'corroborated'] }, 'en') as Loose;
    expect(o.aria.decal.show).toBe(false);
    expect(o.series[0].data[0].itemStyle.decal).toMatchObject({ symbol: 'rect' });
    expect(o.series[0].data[1]).toBe(input.series[0]!.values[1]);
    // Without fact-checks, series keep their patterns: they tell series apart without colour.
    expect((buildBarOptions(input, 'en') as Loose).aria.decal.show).toBe(true);
  });
  it('outlines doubted bars in the text colour, which reads on light and dark pages alike', () => {
    expect(reviewStyles.disputed).toMatchObject({ borderColor: 'currentColor' });
    expect(reviewStyles.unverified).toMatchObject({ borderColor: 'currentColor' });
  });
});
