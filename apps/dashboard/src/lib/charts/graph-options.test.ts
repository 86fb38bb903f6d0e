import { describe, expect, it } from 'vitest';
import { buildGraphOptions, type GraphInput } from './graph-options.ts';
import { forceLayout, separateLabels, type LabelledNode } from './graph-layout.ts';

type Loose = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

const input: GraphInput = {
  categories: [
    { id: 'company', name: 'Company' },
    { id: 'group', name: 'Group' },
  ],
  nodes: [
    { id: 'alibaba', name: 'Alibaba', category: 'company', href: '/companies/alibaba' },
    { id: 'ai-six-tigers', name: 'AI six tigers', category: 'group', href: '/companies/ai-six-tigers' },
    { id: 'zhipu-ai', name: 'Zhipu AI', category: 'company', href: '/companies/zhipu-ai' },
  ],
  links: [
    { source: 'alibaba', target: 'ai-six-tigers', label: 'invested in' },
    { source: 'zhipu-ai', target: 'ai-six-tigers', label: 'is a member of' },
  ],
  description: 'Who invests in whom',
  height: 500,
};
const o = buildGraphOptions(input) as Loose;
const graph = o.series[0] as Loose;

describe('buildGraphOptions', () => {
  it('draws a graph with a fixed layout, so the server and the browser agree', () => {
    expect(graph).toMatchObject({ type: 'graph', layout: 'none', edgeSymbol: ['none', 'arrow'] });
    expect(buildGraphOptions(input)).toEqual(expect.objectContaining({ series: [expect.objectContaining({ data: graph.data })] }));
    for (const n of graph.data) {
      expect(n.x).toBeGreaterThanOrEqual(0);
      expect(n.y).toBeGreaterThanOrEqual(0);
    }
  });
  it('gives each entity type a category, a legend entry and its own symbol', () => {
    expect(graph.categories.map((c: Loose) => c.name)).toEqual(['Company', 'Group']);
    expect(graph.categories[0].symbol).not.toBe(graph.categories[1].symbol);
    expect(o.legend.data).toEqual([{ name: 'Company', icon: 'circle' }, { name: 'Group', icon: 'rect' }]);
    expect(graph.data.map((n: Loose) => [n.id, n.category, n.href])).toEqual([
      ['alibaba', 0, '/companies/alibaba'],
      ['ai-six-tigers', 1, '/companies/ai-six-tigers'],
      ['zhipu-ai', 0, '/companies/zhipu-ai'],
    ]);
  });
  it('sizes nodes by how connected they are', () => {
    const size = (id: string) => graph.data.find((n: Loose) => n.id === id).symbolSize;
    expect(size('ai-six-tigers')).toBeGreaterThan(size('alibaba'));
  });
  it('labels every edge with its predicate', () => {
    expect(graph.links.map((l: Loose) => [l.source, l.target, l.label.formatter])).toEqual([
      ['alibaba', 'ai-six-tigers', 'invested in'],
      ['zhipu-ai', 'ai-six-tigers', 'is a member of'],
    ]);
    expect(o.tooltip.formatter({ dataType: 'edge', name: '', data: graph.links[0] })).toBe('Alibaba — invested in → AI six tigers');
    expect(o.aria.description).toBe('Who invests in whom');
  });
  it('draws group membership dashed and the other edges solid', () => {
    const dashed = buildGraphOptions({ ...input, links: input.links.map((l, i) => ({ ...l, membership: i === 1 })) }) as Loose;
    expect(dashed.series[0].links.map((l: Loose) => l.lineStyle?.type ?? 'solid')).toEqual(['solid', 'dashed']);
  });
  it('shows predicates on pointing, so names are not buried under them', () => {
    expect(graph.edgeLabel.show).toBe(false);
    expect(graph.emphasis.edgeLabel.show).toBe(true);
  });
});

describe('separateLabels', () => {
  const node = (x: number, y: number, labelWidth = 60): LabelledNode => ({ x, y, radius: 5, labelWidth, labelHeight: 15 });
  const boxesOverlap = (a: { x: number; y: number }, b: { x: number; y: number }, width = 60) =>
    Math.abs(a.y - b.y) < 15 && Math.min(a.x, b.x) + 5 + 4 + width > Math.max(a.x, b.x) - 5;
  it('parts nodes whose names would overlap, and leaves apart ones where they are', () => {
    const [a, b, c] = separateLabels([node(100, 100), node(110, 104), node(400, 300)]);
    expect(boxesOverlap(a!, b!)).toBe(false);
    // Side by side names part by a line's height, not by a label's width.
    expect(Math.abs(a!.x - b!.x)).toBe(10);
    expect(c).toEqual({ x: 400, y: 300 });
  });
  it('is the same on every run, even for nodes on the same spot', () => {
    const nodes = [node(50, 50), node(50, 50), node(50, 50)];
    const first = separateLabels(nodes);
    expect(separateLabels(nodes)).toEqual(first);
    expect(new Set(first.map((p) => p.y)).size).toBe(3);
  });
});

describe('forceLayout', () => {
  const ids = ['a', 'b', 'c', 'd'];
  const edges: [string, string][] = [['a', 'b'], ['b', 'c']];
  it('is the same on every run and fills the unit square', () => {
    const first = forceLayout(ids, edges);
    expect(forceLayout(ids, edges)).toEqual(first);
    const xs = [...first.values()].map((p) => p.x);
    expect(Math.min(...xs)).toBe(0);
    expect(Math.max(...xs)).toBe(1);
  });
  it('keeps linked nodes closer than unlinked ones', () => {
    const p = forceLayout(ids, edges);
    const dist = (a: string, b: string) => Math.hypot(p.get(a)!.x - p.get(b)!.x, p.get(a)!.y - p.get(b)!.y);
    expect(dist('a', 'b')).toBeLessThan(dist('a', 'd'));
  });
});
