import { describe, expect, it } from 'vitest';
import { buildGraphOptions, FONT_SIZE, legendHeight, type GraphShape } from './graph-options.ts';
import { forceLayout, labelBox, separateLabels, type LabelledNode } from './graph-layout.ts';
import { placeGraph } from './graph-place.ts';
import { textWidth } from './text.ts';

type Loose = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

const shape: GraphShape = {
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
};
const input = placeGraph(shape, 900, 500);
const o = buildGraphOptions(input) as Loose;
const graph = o.series[0] as Loose;

describe('buildGraphOptions', () => {
  it('draws each node where the server placed it: the series box is the nodes’ own extent', () => {
    expect(graph).toMatchObject({ type: 'graph', layout: 'none', edgeSymbol: ['none', 'arrow'] });
    expect(graph.data.map((n: Loose) => [n.x, n.y])).toEqual(input.nodes.map((n) => [n.x, n.y]));
    const xs = input.nodes.map((n) => n.x);
    const ys = input.nodes.map((n) => n.y);
    expect(graph).toMatchObject({ left: Math.min(...xs), top: Math.min(...ys), width: Math.max(...xs) - Math.min(...xs), height: Math.max(...ys) - Math.min(...ys) });
    expect(graph.preserveAspect).toBeUndefined();
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
  const bounds = { left: 0, top: 0, right: 1000, bottom: 1000 };
  const node = (x: number, y: number, labelWidth = 60): LabelledNode => ({ x, y, radius: 5, labelWidth, labelHeight: 15 });
  const overlap = (a: LabelledNode, b: LabelledNode) => {
    const [p, q] = [labelBox(a), labelBox(b)];
    return Math.min(p.right, q.right) > Math.max(p.left, q.left) && Math.min(p.bottom, q.bottom) > Math.max(p.top, q.top);
  };
  it('parts nodes whose names would overlap, and leaves apart ones where they are', () => {
    const nodes = [node(100, 100), node(110, 104), node(400, 300)];
    const [a, b, c] = separateLabels(nodes, bounds);
    expect(overlap({ ...nodes[0]!, ...a! }, { ...nodes[1]!, ...b! })).toBe(false);
    // Side by side names part by a line's height, not by a label's width.
    expect(Math.abs(a!.x - b!.x)).toBe(10);
    expect(c).toEqual({ x: 400, y: 300 });
  });
  it('is the same on every run, even for nodes on the same spot', () => {
    const nodes = [node(50, 50), node(50, 50), node(50, 50)];
    const first = separateLabels(nodes, bounds);
    expect(separateLabels(nodes, bounds)).toEqual(first);
    expect(new Set(first.map((p) => p.y)).size).toBe(3);
  });
  it('stays quick with many nodes: each is compared with its neighbours, not with every other', () => {
    // 20 000 names in a grid, none touching: comparing every pair would be 200 million checks.
    const many = Array.from({ length: 20_000 }, (_, i) => node(20 + (i % 100) * 100, 20 + Math.floor(i / 100) * 30));
    const started = performance.now();
    const placed = separateLabels(many, { left: 0, top: 0, right: 10_000, bottom: 6_100 });
    expect(performance.now() - started).toBeLessThan(2500);
    expect(placed).toEqual(many.map(({ x, y }) => ({ x, y })));
  });
  it('keeps every node and its whole label inside the bounds', () => {
    const nodes = [node(-40, 5, 120), node(990, 990, 200), node(500, -3)];
    separateLabels(nodes, bounds).forEach((p, i) => {
      const box = labelBox(nodes[i]!, p);
      expect(box.left).toBeGreaterThanOrEqual(0);
      expect(box.top).toBeGreaterThanOrEqual(0);
      expect(box.right).toBeLessThanOrEqual(1000);
      expect(box.bottom).toBeLessThanOrEqual(1000);
    });
  });
});

/** A hub-and-spokes graph of `n` companies with long names, and a few small separate parts. */
function crowd(n: number): GraphShape {
  const ids = Array.from({ length: n }, (_, i) => `company-${String(i).padStart(4, '0')}`);
  return {
    categories: [{ id: 'company', name: 'Company' }],
    nodes: ids.map((id, i) => ({ id, name: i % 3 ? `Company ${i}` : `A rather long company name ${i}`, category: 'company', href: `/companies/${id}` })),
    links: ids.slice(1).map((id, i) => ({ source: id, target: ids[i % 7 === 0 ? 0 : Math.floor(i / 3)]!, label: 'invested in' })),
    description: 'crowd',
  };
}

describe('placeGraph', () => {
  const boxes = (shape: GraphShape, width: number, height: number) => {
    const placed = placeGraph(shape, width, height);
    const degree = new Map<string, number>();
    for (const l of shape.links) for (const id of [l.source, l.target]) degree.set(id, (degree.get(id) ?? 0) + 1);
    return placed.nodes.map((n) => labelBox({ x: n.x, y: n.y, radius: (10 + 4 * Math.sqrt(degree.get(n.id) ?? 0)) / 2, labelWidth: textWidth(n.name, FONT_SIZE), labelHeight: FONT_SIZE * 1.4 }));
  };
  it('gives no two names overlapping places, all inside the drawing under the legend', () => {
    // A crowd: more names than fit without jostling.
    const drawn = boxes(crowd(100), 1060, 620);
    const top = legendHeight(['Company'], 1060);
    for (const [i, a] of drawn.entries()) {
      expect(a.left).toBeGreaterThanOrEqual(0);
      expect(a.right).toBeLessThanOrEqual(1060);
      expect(a.top).toBeGreaterThanOrEqual(top);
      expect(a.bottom).toBeLessThanOrEqual(620);
      for (const b of drawn.slice(i + 1)) {
        const apart = Math.min(a.right, b.right) - Math.max(a.left, b.left) <= 0.2 || Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top) <= 0.2;
        expect(apart, JSON.stringify([a, b])).toBe(true);
      }
    }
  });
  it('fills the drawing: the nodes and their names span most of its width and height', () => {
    const drawn = boxes(crowd(100), 1060, 620);
    const span = (lo: number[], hi: number[]) => Math.max(...hi) - Math.min(...lo);
    expect(span(drawn.map((b) => b.left), drawn.map((b) => b.right))).toBeGreaterThan(0.9 * 1060);
    expect(span(drawn.map((b) => b.top), drawn.map((b) => b.bottom))).toBeGreaterThan(0.8 * (620 - legendHeight(['Company'], 1060)));
  });
  it('is the same on every run', () => {
    expect(placeGraph(crowd(30), 900, 500)).toEqual(placeGraph(crowd(30), 900, 500));
  });
});

describe('legendHeight', () => {
  it('takes a row more for each wrap of the legend’s items', () => {
    const names = Array.from({ length: 10 }, (_, i) => `Entity type ${i}`);
    expect(legendHeight(names.slice(0, 2), 1000)).toBe(28);
    expect(legendHeight(names, 300)).toBeGreaterThan(legendHeight(names, 1000));
  });
});

describe('forceLayout', () => {
  const ids = ['a', 'b', 'c', 'd'];
  const edges: [string, string][] = [['a', 'b'], ['b', 'c']];
  it('is the same on every run and fills the unit square', () => {
    const first = forceLayout(ids, edges);
    expect(forceLayout(ids, edges)).toEqual(first);
    for (const axis of ['x', 'y'] as const) {
      const v = [...first.values()].map((p) => p[axis]);
      expect(Math.min(...v)).toBe(0);
      expect(Math.max(...v)).toBe(1);
    }
  });
  it('keeps linked nodes closer than unlinked ones', () => {
    const p = forceLayout(ids, edges);
    const dist = (a: string, b: string) => Math.hypot(p.get(a)!.x - p.get(b)!.x, p.get(a)!.y - p.get(b)!.y);
    expect(dist('a', 'b')).toBeLessThan(dist('a', 'd'));
  });
});
