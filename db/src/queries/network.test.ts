import { describe, expect, it } from 'vitest';
import { dataset } from '@aiwatch/data';
import type { Predicate } from '@aiwatch/data/schemas';
import { testDatabases } from '../testing/databases.ts';
import { seededForSuite } from '../testing/suite.ts';
import { mostConnectedEntities, relationsAmong, relationTriplesPage } from './network.ts';

const money: Predicate[] = ['invested_in', 'owns', 'member_of'];
const key = (r: { subject_id: string; predicate: string; object_id: string }) => `${r.subject_id}|${r.predicate}|${r.object_id}`;
/** The distinct triples of the dataset stating one of `predicates`. */
const triples = (predicates: Predicate[]) => [...new Map(dataset.relations.filter((r) => predicates.includes(r.predicate)).map((r) => [key(r), r])).values()];
const byteOrder = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** Degree of every entity: the distinct triples it is an end of. */
function degrees(predicates: Predicate[]): Map<string, number> {
  const counted = new Map<string, number>();
  for (const t of triples(predicates)) for (const id of new Set([t.subject_id, t.object_id])) counted.set(id, (counted.get(id) ?? 0) + 1);
  return counted;
}

describe.each(testDatabases)('network queries on $name', (kind) => {
  const db = seededForSuite(kind);

  it('ranks entities by their number of distinct relations, most connected first, ties by id', async () => {
    const expected = [...degrees(money)].map(([id, degree]) => ({ id, degree })).sort((a, b) => b.degree - a.degree || byteOrder(a.id, b.id));
    const top = await mostConnectedEntities(db(), money, 12);
    expect(top.items).toEqual(expected.slice(0, 12));
    expect(top.total).toBe(expected.length);
    expect(await mostConnectedEntities(db(), [], 12)).toEqual({ items: [], total: 0 });
  });

  it('ranks an entity’s neighbours after the entity itself', async () => {
    const all = degrees(money);
    const neighbours = new Set(triples(money).flatMap((t) => (t.subject_id === 'zhipu-ai' ? [t.object_id] : t.object_id === 'zhipu-ai' ? [t.subject_id] : [])));
    const around = await mostConnectedEntities(db(), money, 5, 'zhipu-ai');
    expect(around.items[0]).toEqual({ id: 'zhipu-ai', degree: all.get('zhipu-ai') });
    expect(around.items.slice(1).every((e) => neighbours.has(e.id) && e.degree === all.get(e.id))).toBe(true);
    expect(around.items).toHaveLength(5);
    expect(around.total).toBe(neighbours.size + 1);
    expect(await mostConnectedEntities(db(), money, 5, 'no-such-entity')).toEqual({ items: [], total: 0 });
  });

  it('draws only the relations between the chosen entities, those of the first-listed first', async () => {
    const ids = (await mostConnectedEntities(db(), money, 20)).items.map((e) => e.id);
    const between = triples(money).filter((t) => ids.includes(t.subject_id) && ids.includes(t.object_id));
    const all = await relationsAmong(db(), money, ids, 1000);
    expect(all.map(key).sort()).toEqual(between.map(key).sort());
    const rank = (t: { subject_id: string; object_id: string }) => ids.indexOf(t.subject_id) + ids.indexOf(t.object_id);
    const firstFive = await relationsAmong(db(), money, ids, 5);
    expect(firstFive.map(rank)).toEqual(all.slice(0, 5).map(rank));
    expect(Math.max(...firstFive.map(rank))).toBeLessThanOrEqual(Math.min(...all.slice(5).map(rank)));
  });

  it('pages through every relation once, grouped by predicate in the order asked, each with all its claims', async () => {
    const asked: Predicate[] = ['member_of', 'invested_in', 'owns'];
    const seen = [];
    // Every page counts them all, the empty one past the end too.
    const totals = new Set<number>();
    for (let offset = 0; ; offset += 7) {
      const page = await relationTriplesPage(db(), asked, { offset, limit: 7 });
      totals.add(page.total);
      if (page.items.length === 0) break;
      expect(page.items.length).toBeLessThanOrEqual(7);
      seen.push(...page.items);
    }
    expect([...totals]).toEqual([triples(asked).length]);
    expect(seen.map(key).sort()).toEqual(triples(asked).map(key).sort());
    expect(seen.map((t) => t.predicate)).toEqual([...seen.map((t) => t.predicate)].sort((a, b) => asked.indexOf(a) - asked.indexOf(b)));
    for (const t of seen) expect(t.claims.map((c) => c.id).sort()).toEqual(dataset.relations.filter((r) => key(r) === key(t)).map((r) => r.id).sort());
  });

  it('pages the relations of one entity', async () => {
    const touching = triples(money).filter((t) => t.subject_id === 'zhipu-ai' || t.object_id === 'zhipu-ai');
    const page = await relationTriplesPage(db(), money, { offset: 0, limit: 500 }, 'zhipu-ai');
    expect(page.total).toBe(touching.length);
    expect(page.items.map(key).sort()).toEqual(touching.map(key).sort());
  });
});
