import { describe, expect, it } from 'vitest';
import { dataset } from '@aiwatch/data';
import { groupView } from './company-facts-view.ts';
import type { Lookup } from './figure-view.ts';

const lookup: Lookup = { release: null, entities: new Map(), metrics: new Map(), sources: new Map() };
const facts = dataset.company_facts;
const ids = (view: ReturnType<typeof groupView>) => view.claims.map((c) => c.id);

describe('groupView', () => {
  it('shows each group with its own reports, in the order of the list it is given', () => {
    for (const g of dataset.fact_groups) {
      const view = groupView(g, facts, lookup);
      expect(ids(view)).toEqual(facts.filter((f) => f.group_id === g.id).map((f) => f.id));
      expect(view.preferred?.id ?? null).toBe(g.preferred_id);
    }
  });

  it('reads each list it is given on its own', () => {
    const g = dataset.fact_groups.find((x) => facts.filter((f) => f.group_id === x.id).length >= 2)!;
    const mine = facts.filter((f) => f.group_id === g.id);
    expect(ids(groupView(g, facts, lookup))).toEqual(mine.map((f) => f.id));
    expect(ids(groupView(g, mine.slice(1), lookup))).toEqual(mine.slice(1).map((f) => f.id));
    expect(ids(groupView(g, [], lookup))).toEqual([]);
  });

  it('reads the list once for all its groups, not once for each', () => {
    let reads = 0;
    const counted = new Proxy(facts, {
      get(target, key, receiver) {
        if (typeof key === 'string' && /^\d+$/.test(key)) reads++;
        return Reflect.get(target, key, receiver);
      },
    });
    for (const g of dataset.fact_groups) groupView(g, counted, lookup);
    expect(dataset.fact_groups.length).toBeGreaterThan(10);
    expect(reads).toBeLessThanOrEqual(facts.length);
  });
});
