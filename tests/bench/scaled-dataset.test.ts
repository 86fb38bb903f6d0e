import { describe, expect, it } from 'vitest';
import { dataset } from '@aiwatch/data';
import { countRows, seedDatabase, tableNames } from '@aiwatch/db';
import { testDatabases } from '@aiwatch/db/testing';
import { scaledDataset } from './scaled-dataset.ts';

describe('the dataset scaled up', () => {
  it('holds the real records and, in each copy, every one of them renamed in both languages', () => {
    const data = scaledDataset(2);
    for (const name of tableNames) expect(data[name].length, name).toBe(2 * dataset[name].length);
    const zhipu = data.entities.find((e) => e.id === 'zhipu-ai-s2')!;
    expect(zhipu.name_en).toBe('Zhipu AI (synthetic 2)');
    expect(zhipu.name_zh).toBe(`${dataset.entities.find((e) => e.id === 'zhipu-ai')!.name_zh}（合成2）`);
    expect(data.relations.filter((r) => r.object_id === 'zhipu-ai-s2')).toHaveLength(dataset.relations.filter((r) => r.object_id === 'zhipu-ai').length);
  });

  describe.each(testDatabases)('on $name', (kind) => {
    it('seeds: the schema accepts every copy, and each table holds them all', async () => {
      const data = scaledDataset(2);
      const { handle, dispose } = await kind.create();
      try {
        await handle.migrate();
        await seedDatabase(handle.db, data);
        expect(await countRows(handle.db)).toEqual(Object.fromEntries(tableNames.map((name) => [name, data[name].length])));
      } finally {
        await dispose();
      }
      // Seeding twice the real data takes ~10 s alone; other suites may share the cores.
    }, 120_000);
  });
});
