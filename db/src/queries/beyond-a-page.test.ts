/**
 * The queries callers use to get every row they need (#9), over more rows than a page holds:
 * fillers that sort before the real rows, so reading one page would see nothing else.
 */
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dataset } from '@aiwatch/data';
import type { Database } from '../client.ts';
import { exportToDir } from '../export/export-to-dir.ts';
import { addFillerRows, FILLER_ROWS } from '../testing/beyond-a-page.ts';
import { MAX_LIMIT } from './pagination.ts';
import { seededDatabase, testDatabases } from '../testing/databases.ts';
import { compareEntities } from './compare.ts';
import { entityTypesInUse, headquarters, membersOfGroups } from './entities.ts';
import { eventsOfEntitiesOrKinds } from './events.ts';
import { countFiguresOfEntities, getFiguresByIds } from './figures.ts';
import { getMetricsByIds } from './metrics.ts';
import { mostConnectedEntities, relationTriplesPage } from './network.ts';
import { pairsPerPredicate, relationsOfEntities } from './relations.ts';
import { sourceClaimsPage } from './source-claims.ts';
import { allSources, modelsPerSource, sourcesOfKindsPage } from './sources.ts';

const ids = <T extends { id: string }>(xs: T[]) => xs.map((x) => x.id).sort();

describe.each(testDatabases)('more rows than a page holds, on $name', (kind) => {
  let db: Database;
  let dispose: () => Promise<void>;
  let dir: string;
  beforeAll(async () => {
    const seeded = await seededDatabase(kind);
    db = seeded.handle.db;
    dispose = seeded.dispose;
    await addFillerRows(db);
    dir = await mkdtemp(join(tmpdir(), 'aiwatch-beyond-'));
  });
  afterAll(async () => {
    await dispose?.();
    await rm(dir, { recursive: true, force: true });
  });

  it("the export's datapackage.json names every source", async () => {
    await exportToDir(db, dir);
    const pkg = JSON.parse(await readFile(join(dir, 'datapackage.json'), 'utf8')) as { sources: unknown[] };
    expect(pkg.sources).toHaveLength(dataset.sources.length + FILLER_ROWS);
    expect(await allSources(db)).toHaveLength(dataset.sources.length + FILLER_ROWS);
  });

  it('compare answers every metric of the compared entities', async () => {
    const compared = ['zhipu-ai', 'ai-six-tigers'];
    const { metrics } = await compareEntities(db, compared);
    const expected = [...new Set(dataset.figures.filter((f) => compared.includes(f.entity_id)).map((f) => f.metric))].sort();
    expect(metrics.map((m) => m.metric.id)).toEqual(expected);
  });

  it('finds figures and metrics by id, and counts figures per entity', async () => {
    expect(ids(await getFiguresByIds(db, dataset.figures.map((f) => f.id)))).toEqual(ids(dataset.figures));
    expect(ids(await getMetricsByIds(db, dataset.metrics.map((m) => m.id)))).toEqual(ids(dataset.metrics));
    const counts = await countFiguresOfEntities(db, ['zhipu-ai', 'talkie', 'no-such-entity']);
    expect(Object.fromEntries(counts)).toEqual({ 'zhipu-ai': 2, talkie: 1 });
  });

  it('lists group members, headquarters and the entity types in use', async () => {
    const groups = ['ai-six-tigers', 'ai-four-dragons'];
    expect(ids(await membersOfGroups(db, groups))).toEqual(ids(dataset.entities.filter((e) => e.group_ids.some((g) => groups.includes(g)))));
    expect(ids(await headquarters(db))).toEqual([...new Set(dataset.entities.flatMap((e) => e.hq ?? []))].sort());
    expect([...(await entityTypesInUse(db))].sort()).toEqual([...new Set(dataset.entities.map((e) => e.type))].sort());
  });

  it('finds the relations and events of given entities, predicates and kinds', async () => {
    const touching = dataset.relations.filter((r) => r.subject_id === 'zhipu-ai' || r.object_id === 'zhipu-ai');
    expect(ids(await relationsOfEntities(db, ['zhipu-ai']))).toEqual(ids(touching));
    const invested = await relationTriplesPage(db, ['invested_in'], { offset: 0, limit: MAX_LIMIT });
    expect(ids(invested.items.flatMap((t) => t.claims))).toEqual(ids(dataset.relations.filter((r) => r.predicate === 'invested_in')));
    const pairs = (p: string) => new Set(dataset.relations.filter((r) => r.predicate === p).map((r) => `${r.subject_id}|${r.object_id}`)).size;
    const counted = await pairsPerPredicate(db);
    expect(counted.get('owns')).toBe(pairs('owns'));
    expect(counted.get('competes_with')).toBe(pairs('competes_with') + FILLER_ROWS);
    const events = dataset.events.filter((e) => e.entity_ids.includes('document-79') || e.kind === 'policy');
    expect(ids(await eventsOfEntitiesOrKinds(db, ['document-79'], ['policy']))).toEqual(ids(events));
  });

  it('ranks the most connected and pages the relations of a predicate with more relations than a page', async () => {
    const hubs = await mostConnectedEntities(db, ['competes_with'], 50);
    expect(hubs.items).toHaveLength(50);
    expect(hubs.total).toBeGreaterThan(FILLER_ROWS);
    const last = await relationTriplesPage(db, ['competes_with'], { offset: FILLER_ROWS, limit: 50 });
    expect(last.total).toBe(FILLER_ROWS + dataset.relations.filter((r) => r.predicate === 'competes_with').length);
    expect(last.items.length).toBe(last.total - FILLER_ROWS);
  });

  it('reads only the documents’ claims, never the articles’ fillers', async () => {
    const claims = await sourceClaimsPage(db, {}, { offset: 0, limit: 10 });
    const documents = new Set(dataset.sources.filter((s) => s.kind === 'document').map((s) => s.id));
    expect(claims.total).toBe([...dataset.figures, ...dataset.events, ...dataset.relations].filter((c) => documents.has(c.source_id)).length);
  });

  it('lists the sources of given kinds, a page at a time', async () => {
    const few = await sourcesOfKindsPage(db, ['document', 'dataset'], { offset: 0, limit: 10 });
    expect(ids(few.items)).toEqual(ids(dataset.sources.filter((s) => s.kind !== 'article')));
    expect(few.total).toBe(few.items.length);
    const articles = dataset.sources.filter((s) => s.kind === 'article').length + FILLER_ROWS;
    const read: string[] = [];
    for (let offset = 0; offset < articles; offset += 100) {
      const page = await sourcesOfKindsPage(db, ['article'], { offset, limit: 100 });
      expect(page.total).toBe(articles);
      read.push(...page.items.map((s) => s.id));
    }
    expect(read).toEqual([...read].sort());
    expect(new Set(read).size).toBe(articles);
  });

  it('counts the models of each dataset release', async () => {
    const counted = await modelsPerSource(db);
    const expected = new Map<string, number>();
    for (const m of dataset.models) expected.set(m.source_id, (expected.get(m.source_id) ?? 0) + 1);
    expect(counted).toEqual(expected);
  });
});
