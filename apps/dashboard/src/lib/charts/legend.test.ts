import { describe, expect, it } from 'vitest';
import { buildScatterOptions } from './scatter-options.ts';
import { legendHeight } from './types.ts';

const tigers = ['MiniMax', 'Zhipu AI', 'Moonshot AI', 'Baichuan AI', '01.AI', 'StepFun'];
const input = {
  series: tigers.map((name) => ({ name, points: [] })),
  magnitude: 'usd',
  axisName: 'US$',
  description: 'test',
} as unknown as Parameters<typeof buildScatterOptions>[0];
const gridTop = (width: number) => (buildScatterOptions(input, 'en', width) as { grid: { top: number } }).grid.top;

describe('legend room', () => {
  it('counts the rows a legend wraps to at a drawing width', () => {
    expect(legendHeight(['One'], 560)).toBe(22);
    expect(legendHeight(tigers, 1000)).toBe(22);
    expect(legendHeight(tigers, 560)).toBe(44);
  });

  it('puts the plot below every row of the legend, however narrow the drawing', () => {
    expect(gridTop(1000)).toBe(18 + 22);
    expect(gridTop(560)).toBe(18 + 44);
  });
});
