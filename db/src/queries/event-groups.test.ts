import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { dataset } from '@aiwatch/data';
import { events } from '../schema/index.ts';
import { testDatabases } from '../testing/databases.ts';
import { seededForSuite } from '../testing/suite.ts';
import { eventGroupsPage, mostEventfulEntities } from './events.ts';

describe.each(testDatabases)('event groups on $name', (kind) => {
  // A second report of the Torch Program's launch, naming its entities in the other order: one event, two claims.
  const torch = dataset.events.find((e) => e.id === 'torch-program-launched')!;
  const db = seededForSuite(kind, async (seeded) => {
    const [row] = await seeded.select().from(events).where(eq(events.id, torch.id));
    await seeded.insert(events).values({ ...row!, id: 'torch-program-launched-again', entity_ids: [...row!.entity_ids].reverse() });
  });

  async function everyPage(filters: Parameters<typeof eventGroupsPage>[1], limit: number) {
    const groups = [];
    for (let offset = 0; ; offset += limit) {
      const page = await eventGroupsPage(db(), filters, { offset, limit });
      expect(page.items.length).toBeLessThanOrEqual(limit);
      groups.push(...page.items);
      if (page.items.length < limit) return { groups, total: page.total };
    }
  }

  it('pages through every event once, in time order, each with every claim stating it', async () => {
    const { groups, total } = await everyPage({}, 4);
    expect(total).toBe(dataset.events.length);
    expect(groups).toHaveLength(dataset.events.length);
    expect(groups.flat().map((e) => e.id).sort()).toEqual([...dataset.events.map((e) => e.id), 'torch-program-launched-again'].sort());
    expect(groups.find((g) => g.some((e) => e.id === torch.id))!.map((e) => e.id)).toEqual([torch.id, 'torch-program-launched-again']);
    const starts = groups.map((g) => g[0]!.date_start);
    expect(starts).toEqual([...starts].sort());
  });

  it('keeps to the filters', async () => {
    const { groups, total } = await everyPage({ kind: 'programme' }, 2);
    expect(total).toBe(dataset.events.filter((e) => e.kind === 'programme').length);
    expect(groups.flat().every((e) => e.kind === 'programme')).toBe(true);
    expect(await eventGroupsPage(db(), { kind: 'programme' }, { offset: 100, limit: 2 })).toEqual({ items: [], total });
  });

  it('ranks the entities by the events involving them, and counts them all', async () => {
    // The real events and the second Torch claim (an event row of its own).
    const involving = [...dataset.events, torch].flatMap((e) => e.entity_ids);
    const counts = new Map<string, number>();
    for (const id of involving) counts.set(id, (counts.get(id) ?? 0) + 1);
    const ranked = [...counts].sort(([a, m], [b, n]) => n - m || (a < b ? -1 : 1)).map(([id, events]) => ({ id, events }));
    const top = await mostEventfulEntities(db(), 5);
    expect(top).toEqual({ items: ranked.slice(0, 5), total: counts.size });
    expect((await mostEventfulEntities(db(), 1000)).items).toEqual(ranked);
  });
});
