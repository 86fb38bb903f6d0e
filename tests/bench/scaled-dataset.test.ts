import { describe, expect, it } from 'vitest';
import { count } from 'drizzle-orm';
import { dataset, type Dataset } from '@aiwatch/data';
import { seedDatabase } from '@aiwatch/db';
import * as t from '@aiwatch/db/schema';
import { testDatabases } from '@aiwatch/db/testing';
import { scaledDataset } from './scaled-dataset.ts';

const tables = {
  sources: t.sources,
  entities: t.entities,
  metrics: t.metrics,
  figures: t.figures,
  events: t.events,
  relations: t.relations,
  models: t.models,
  company_facts: t.companyFacts,
  fact_groups: t.factGroups,
} satisfies Record<keyof Dataset, unknown>;

describe('the dataset scaled up', () => {
  it('holds the real records and, in each copy, every one of them renamed in both languages', () => {
    const data = scaledDataset(3);
    for (const name of Object.keys(tables) as (keyof Dataset)[]) expect(data[name].length, name).toBe(3 * dataset[name].length);
    const zhipu = data.entities.find((e) => e.id === 'zhipu-ai-s3')!;
    expect(zhipu.name_en).toBe('Zhipu AI (synthetic 3)');
    expect(zhipu.name_zh).toBe(`${dataset.entities.find((e) => e.id === 'zhipu-ai')!.name_zh}（合成3）`);
    expect(data.relations.filter((r) => r.object_id === 'zhipu-ai-s3')).toHaveLength(dataset.relations.filter((r) => r.object_id === 'zhipu-ai').length);
  });

  describe.each(testDatabases)('on $name', (kind) => {
    it('seeds: the schema accepts every copy, and each table holds them all', async () => {
      const data = scaledDataset(3);
      const { handle, dispose } = await kind.create();
      try {
        await handle.migrate();
        await seedDatabase(handle.db, data);
        for (const [name, table] of Object.entries(tables)) {
          const [row] = await handle.db.select({ n: count() }).from(table);
          expect(row?.n, name).toBe(data[name as keyof Dataset].length);
        }
      } finally {
        await dispose();
      }
    });
  });
});
