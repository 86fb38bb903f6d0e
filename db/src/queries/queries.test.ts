import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dataset } from '@aiwatch/data';
import { seededDatabase, testDatabases } from '../testing/databases.ts';
import type { Database } from '../client.ts';
import { conflictingGroups } from './company-facts.ts';
import { compareEntities } from './compare.ts';
import { getEntity } from './entity-detail.ts';
import { listEntities, mostDocumentedCompanies } from './entities.ts';
import { listEvents } from './events.ts';
import { listFigures } from './figures.ts';
import { getSource } from './sources.ts';
import { InvalidCursorError, type Page } from './pagination.ts';

/** Follows next_cursor to the end, collecting every item. */
async function all<T>(fetch: (cursor?: string) => Promise<Page<T>>): Promise<T[]> {
  const items: T[] = [];
  let cursor: string | undefined;
  do {
    const page = await fetch(cursor);
    items.push(...page.items);
    cursor = page.next_cursor ?? undefined;
  } while (cursor);
  return items;
}

const tigers = dataset.entities.filter((e) => e.group_ids.includes('ai-six-tigers')).map((e) => e.id).sort();
const companyWithFigure = dataset.figures[0]!.entity_id;

describe.each(testDatabases)('queries on $name', (kind) => {
  let dispose: () => Promise<void>;
  let db: Database;
  beforeAll(async () => {
    const seeded = await seededDatabase(kind);
    db = seeded.handle.db;
    dispose = seeded.dispose;
  });
  afterAll(() => dispose?.());

  it('pages through every entity without loss or repetition', async () => {
    const items = await all((cursor) => listEntities(db, { limit: 2, cursor }));
    expect(items.map((e) => e.id)).toEqual(dataset.entities.map((e) => e.id).sort());
  });

  it('ranks companies by the figures and reported facts about them', async () => {
    const companies = dataset.entities.filter((e) => e.type === 'company');
    const claims = (id: string) => dataset.figures.filter((f) => f.entity_id === id).length + dataset.company_facts.filter((f) => f.company_id === id).length;
    const ranked = companies.map((e) => e.id).sort((a, b) => claims(b) - claims(a) || (a < b ? -1 : 1));
    const top = await mostDocumentedCompanies(db, 5);
    expect(top.items.map((e) => e.id)).toEqual(ranked.slice(0, 5));
    expect(top.total).toBe(companies.length);
    expect((await mostDocumentedCompanies(db, 1000)).items.map((e) => e.id)).toEqual(ranked);
  });

  it('pages events in time order, by the first day each covers', async () => {
    const items = await all((cursor) => listEvents(db, { limit: 3, cursor }));
    expect(items.length).toBe(dataset.events.length);
    const keys = items.map((e) => `${e.date_start} ${e.id}`);
    expect(keys).toEqual([...keys].sort());
  });

  it('selects events whose span overlaps the range: the Torch Program ("late 1980s") is in 1985–1989', async () => {
    const ids = async (from?: string, to?: string) => (await listEvents(db, { from, to, limit: 500 })).items.map((e) => e.id);
    expect(await ids('1985-01-01', '1989-12-31')).toContain('torch-program-launched');
    expect(await ids('1988-06-01', '1988-06-30')).toContain('torch-program-launched');
    expect(await ids(undefined, '1985-01-01')).toContain('torch-program-launched');
    expect(await ids('1989-12-31')).toContain('torch-program-launched');
    expect(await ids('1980-01-01', '1984-12-31')).not.toContain('torch-program-launched');
    expect(await ids('1990-01-01')).not.toContain('torch-program-launched');
    const [torch] = (await listEvents(db, { from: '1985-01-01', to: '1989-12-31' })).items.filter((e) => e.id === 'torch-program-launched');
    expect(torch).toMatchObject({ date: '1980-01-01', date_start: '1985-01-01', date_end: '1989-12-31' });
  });

  it('rejects a cursor it did not issue', async () => {
    await expect(listEntities(db, { cursor: 'bm90LWEtY3Vyc29y' })).rejects.toThrow(InvalidCursorError);
    await expect(listEvents(db, { cursor: Buffer.from('["a"]').toString('base64url') })).rejects.toThrow(
      InvalidCursorError,
    );
  });

  it('filters entities by group and type', async () => {
    const members = await listEntities(db, { group: 'ai-six-tigers', limit: 500 });
    expect(members.items.map((e) => e.id)).toEqual(tigers);
    const groups = await listEntities(db, { type: 'group', limit: 500 });
    expect(groups.items.every((e) => e.type === 'group')).toBe(true);
    expect(groups.items.length).toBe(dataset.entities.filter((e) => e.type === 'group').length);
  });

  it('finds an entity by an English, Traditional or Simplified name or alias', async () => {
    for (const entity of dataset.entities.filter((e) => e.type === 'company')) {
      for (const name of [entity.name_en, entity.name_zh, entity.name_zh_hans, ...entity.aliases]) {
        if (!name) continue;
        const found = await listEntities(db, { q: name.toUpperCase(), limit: 500 });
        expect(found.items.map((e) => e.id), `search for "${name}"`).toContain(entity.id);
      }
    }
  });

  it('treats LIKE wildcards in a search as literal text', async () => {
    expect((await listEntities(db, { q: '%' })).items).toEqual([]);
    expect((await listEntities(db, { q: '_' })).items).toEqual([]);
  });

  it('filters figures by entity, metric and source', async () => {
    const f = dataset.figures[0]!;
    const page = await listFigures(db, { entity: f.entity_id, metric: f.metric, source: f.source_id, limit: 500 });
    const expected = dataset.figures.filter(
      (x) => x.entity_id === f.entity_id && x.metric === f.metric && x.source_id === f.source_id,
    );
    expect(page.items.map((x) => x.id).sort()).toEqual(expected.map((x) => x.id).sort());
  });

  it('embeds figures, events, relations and cited sources in an entity', async () => {
    const detail = await getEntity(db, companyWithFigure);
    expect(detail?.figures.map((f) => f.id).sort()).toEqual(
      dataset.figures.filter((f) => f.entity_id === companyWithFigure).map((f) => f.id).sort(),
    );
    expect(detail?.relations.length).toBe(
      dataset.relations.filter((r) => r.subject_id === companyWithFigure || r.object_id === companyWithFigure).length,
    );
    const cited = new Set([...detail!.figures, ...detail!.events, ...detail!.relations].map((c) => c.source_id));
    expect(detail?.sources.map((s) => s.id).sort()).toEqual([...cited].sort());
    expect(await getEntity(db, 'no-such-entity')).toBeNull();
  });

  it('lists a group’s members in its detail', async () => {
    const group = await getEntity(db, 'ai-six-tigers');
    expect(group?.members.map((m) => m.id)).toEqual(tigers);
  });

  it('returns a source with every claim it supports', async () => {
    const source = await getSource(db, dataset.sources[0]!.id);
    const id = dataset.sources[0]!.id;
    expect(source?.figures.length).toBe(dataset.figures.filter((f) => f.source_id === id).length);
    expect(source?.events.length).toBe(dataset.events.filter((f) => f.source_id === id).length);
    expect(source?.relations.length).toBe(dataset.relations.filter((f) => f.source_id === id).length);
  });

  it('compares entities metric by metric and names what is missing', async () => {
    const other = tigers.find((id) => id !== companyWithFigure)!;
    const cmp = await compareEntities(db, [companyWithFigure, other, 'no-such-entity']);
    expect(cmp.entities.map((e) => e.id)).toEqual([companyWithFigure, other]);
    expect(cmp.missing).toEqual(['no-such-entity']);
    for (const row of cmp.metrics) {
      expect(row.cells.map((c) => c.entity_id)).toEqual([companyWithFigure, other]);
      for (const cell of row.cells) {
        expect(cell.figures.every((f) => f.metric === row.metric.id && f.entity_id === cell.entity_id)).toBe(true);
        if (cell.figures.length === 0) {
          expect(cmp.comparability).toContainEqual(
            expect.objectContaining({ metric: row.metric.id, aspect: 'missing', entity_ids: expect.arrayContaining([cell.entity_id]) }),
          );
        }
      }
    }
  });

  it('gives every conflicting fact with exactly its claims, the widest spread first', async () => {
    const { items: conflicts } = await conflictingGroups(db, { offset: 0, limit: 1000 });
    expect(conflicts.map((g) => g.id).sort()).toEqual(dataset.fact_groups.filter((g) => g.agreement === 'conflict').map((g) => g.id).sort());
    for (const g of conflicts) {
      expect(g.facts.map((f) => f.id), g.id).toEqual(dataset.company_facts.filter((f) => f.group_id === g.id).map((f) => f.id).sort());
    }
    const spreads = conflicts.map((g) => (g.low > 0 ? g.high / g.low : Infinity));
    expect(spreads).toEqual([...spreads].sort((a, b) => b - a));
  });
});
