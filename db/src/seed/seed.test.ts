import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dataset, DatasetValidationError, type Dataset } from '@aiwatch/data';
import { countRows } from '../queries/stream.ts';
import { listFigures } from '../queries/figures.ts';
import { testDatabases } from '../testing/databases.ts';
import { datasetHash, replaceAllData, seedDatabase } from './seed.ts';
import type { DbHandle } from '../client.ts';
import * as t from '../schema/index.ts';

async function snapshot(handle: DbHandle) {
  const { db } = handle;
  return {
    sources: await db.select().from(t.sources).orderBy(t.sources.id),
    entities: await db.select().from(t.entities).orderBy(t.entities.id),
    metrics: await db.select().from(t.metrics).orderBy(t.metrics.id),
    figures: await db.select().from(t.figures).orderBy(t.figures.id),
    events: await db.select().from(t.events).orderBy(t.events.id),
    relations: await db.select().from(t.relations).orderBy(t.relations.id),
  };
}

describe.each(testDatabases)('seed on $name', (kind) => {
  let db: Awaited<ReturnType<typeof kind.create>>;
  beforeAll(async () => {
    db = await kind.create();
    await db.handle.migrate();
  });
  afterAll(() => db?.dispose());

  it('writes every record of the dataset', async () => {
    const result = await seedDatabase(db.handle.db, dataset);
    expect(result.changed).toBe(true);
    expect(await countRows(db.handle.db)).toEqual({
      sources: dataset.sources.length,
      entities: dataset.entities.length,
      metrics: dataset.metrics.length,
      figures: dataset.figures.length,
      events: dataset.events.length,
      relations: dataset.relations.length,
      models: dataset.models.length,
      company_facts: dataset.company_facts.length,
      fact_groups: dataset.fact_groups.length,
    });
  });

  it('reads claims back exactly as the dataset states them', async () => {
    const page = await listFigures(db.handle.db, { limit: 500 });
    const byId = new Map(dataset.figures.map((f) => [f.id, f]));
    expect(page.items.length).toBe(dataset.figures.length);
    for (const f of page.items) expect(f).toEqual(byId.get(f.id));
  });

  it('is idempotent: seeding the same dataset again writes nothing', async () => {
    const before = await snapshot(db.handle);
    const again = await seedDatabase(db.handle.db, dataset);
    expect(again).toMatchObject({ changed: false, hash: datasetHash(dataset) });
    expect(await snapshot(db.handle)).toEqual(before);
  });

  it('refuses an invalid dataset before touching the database', async () => {
    const before = await snapshot(db.handle);
    const broken: Dataset = structuredClone(dataset);
    broken.figures[0]!.entity_id = 'no-such-entity';
    await expect(seedDatabase(db.handle.db, broken)).rejects.toThrow(DatasetValidationError);
    await expect(seedDatabase(db.handle.db, broken)).rejects.toThrow(/figures\/.+ · entity_id: unknown entity "no-such-entity"/);
    expect(await snapshot(db.handle)).toEqual(before);
  });

  it('leaves the previous data intact when a write fails part-way', async () => {
    const before = await snapshot(db.handle);
    const broken: Dataset = structuredClone(dataset);
    // Passes the zod shape but breaks a foreign key: the failure comes from the database, after
    // sources, metrics and entities were already rewritten inside the transaction.
    broken.relations.push({ ...broken.relations[0]!, id: 'dangling', object_id: 'missing-entity' });
    await expect(replaceAllData(db.handle.db, broken, 'x')).rejects.toThrow();
    expect(await snapshot(db.handle)).toEqual(before);
  });

  it('writes more entities than one statement holds, whatever order their headquarters come in', async () => {
    const grown: Dataset = structuredClone(dataset);
    const template = grown.entities.find((e) => e.type === 'company' && e.hq !== null)!;
    const city = { ...grown.entities.find((e) => e.id === template.hq)!, id: 'zz-synthetic-city', name_en: 'Synthetic City', name_zh: '合成市', name_zh_hans: '合成市', aliases: [] };
    // Every company before its city, the city past the first thousand rows.
    for (let i = 0; i < 1500; i++) {
      grown.entities.push({ ...template, id: `synthetic-${String(i).padStart(4, '0')}`, name_en: `Synthetic ${i}`, name_zh: `合成${i}`, name_zh_hans: `合成${i}`, aliases: [], group_ids: [], hq: city.id });
    }
    grown.entities.push(city);
    await seedDatabase(db.handle.db, grown);
    expect((await countRows(db.handle.db)).entities).toBe(dataset.entities.length + 1501);
    await seedDatabase(db.handle.db, dataset);
  });

  it('replaces the data when the dataset changes', async () => {
    const changed: Dataset = structuredClone(dataset);
    changed.figures = changed.figures.slice(1);
    expect((await seedDatabase(db.handle.db, changed)).changed).toBe(true);
    expect((await countRows(db.handle.db)).figures).toBe(dataset.figures.length - 1);
    await seedDatabase(db.handle.db, dataset);
    expect((await countRows(db.handle.db)).figures).toBe(dataset.figures.length);
  });
});
