import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dataset } from '@aiwatch/data';
import type { Entity } from '@aiwatch/data/schemas';
import { seededDatabase, testDatabases } from '../testing/databases.ts';
import type { Database } from '../client.ts';
import { sql, type SQL } from 'drizzle-orm';
import { entities, events, figures, relations } from '../schema/index.ts';
import { entityMatches } from './search.ts';
import { eventMatches, listEvents } from './events.ts';
import { figureMatches, listFigures } from './figures.ts';
import { listRelations, relationMatches } from './relations.ts';

/** What `q` promises, written plainly: a case-insensitive substring of any of the texts. */
const contains = (q: string, ...texts: (string | null | undefined)[]) =>
  texts.some((t) => t?.toLowerCase().includes(q.toLowerCase()));
const byId = new Map(dataset.entities.map((e) => [e.id, e]));
const entityNamed = (q: string, id: string) => {
  const e = byId.get(id);
  return !!e && contains(q, e.id, e.name_en, e.name_zh, e.name_zh_hans, ...e.aliases);
};
const expected = {
  figures: (q: string) =>
    dataset.figures.filter(
      (f) => contains(q, f.source_text, f.note_en, f.note_zh) || entityNamed(q, f.entity_id),
    ),
  events: (q: string) =>
    dataset.events.filter(
      (e) =>
        contains(q, e.title_en, e.title_zh, e.source_text) ||
        e.entity_ids.some((id) => entityNamed(q, id)),
    ),
  relations: (q: string) =>
    dataset.relations.filter(
      (r) =>
        contains(q, r.source_text) || entityNamed(q, r.subject_id) || entityNamed(q, r.object_id),
    ),
};
const ids = (items: { id: string }[]) => items.map((x) => x.id).sort();

/** An entity of some event whose Simplified name differs from its Traditional one, and whose names no event title repeats. */
const eventEntity: Entity = dataset.entities.find(
  (e) =>
    e.name_zh_hans &&
    e.name_zh_hans !== e.name_zh &&
    dataset.events.some(
      (ev) =>
        ev.entity_ids.includes(e.id) && !contains(e.name_zh_hans!, ev.title_zh, ev.source_text),
    ),
)!;

describe.each(testDatabases)('search (q) on $name', (kind) => {
  let dispose: () => Promise<void>;
  let db: Database;
  beforeAll(async () => {
    const seeded = await seededDatabase(kind);
    db = seeded.handle.db;
    dispose = seeded.dispose;
  });
  afterAll(() => dispose?.());

  const search = {
    figures: async (q: string) => ids((await listFigures(db, { q, limit: 500 })).items),
    events: async (q: string) => ids((await listEvents(db, { q, limit: 500 })).items),
    relations: async (q: string) => ids((await listRelations(db, { q, limit: 500 })).items),
  };

  it('finds Zhipu AI’s figures by its English name, in any case', async () => {
    const zhipu = ids(dataset.figures.filter((f) => f.entity_id === 'zhipu-ai'));
    expect(zhipu.length).toBeGreaterThan(0);
    for (const q of ['zhipu', 'ZHIPU', 'Zhipu AI'])
      expect(await search.figures(q), q).toEqual(expect.arrayContaining(zhipu));
  });

  it('finds by Traditional and Simplified Chinese names and aliases', async () => {
    const zhipu = ids(dataset.figures.filter((f) => f.entity_id === 'zhipu-ai'));
    for (const q of ['智譜', '智谱', '智譜華章', '智谱华章'])
      expect(await search.figures(q), q).toEqual(expect.arrayContaining(zhipu));
    const invested = dataset.relations.filter(
      (r) => r.object_id === 'zhipu-ai' && !contains('智谱', r.source_text),
    );
    expect(invested.length).toBeGreaterThan(0);
    expect(await search.relations('智谱')).toEqual(expect.arrayContaining(ids(invested)));
    const hans = eventEntity.name_zh_hans!;
    expect(await search.events(hans), hans).toEqual(
      expect.arrayContaining(
        ids(dataset.events.filter((e) => e.entity_ids.includes(eventEntity.id))),
      ),
    );
  });

  it('finds what concerns Talkie: its figures and the relation naming it', async () => {
    expect(await search.figures('talkie')).toEqual(
      ids(dataset.figures.filter((f) => f.entity_id === 'talkie')),
    );
    expect(await search.relations('talkie')).toContain('minimax-developed-talkie');
  });

  it('returns exactly what the names and texts contain, no more', async () => {
    for (const q of [
      'zhipu',
      'talkie',
      '智谱',
      '智譜',
      'MiniMax',
      eventEntity.name_zh_hans!,
      'Torch',
    ]) {
      for (const table of ['figures', 'events', 'relations'] as const) {
        expect(await search[table](q), `${table} ?q=${q}`).toEqual(ids(expected[table](q)));
      }
    }
  });

  it('returns nothing for a search that matches nothing', async () => {
    for (const table of ['figures', 'events', 'relations'] as const) {
      for (const q of ['no such name anywhere', 'zhipuu', '智谱华章科技集团'])
        expect(await search[table](q), `${table} ?q=${q}`).toEqual([]);
    }
  });

  it('reads each table through its trigram index, not a scan', async () => {
    /** The plan of `SELECT id FROM table WHERE …` with scans priced out, as a tiny table would otherwise be read. */
    const plan = (table: SQL, where: SQL | undefined) =>
      db.transaction(async (tx) => {
        await tx.execute(sql`SET LOCAL enable_seqscan = off`);
        const result = await tx.execute(sql`EXPLAIN SELECT 1 FROM ${table} WHERE ${where}`);
        const rows = (
          Array.isArray(result) ? result : (result as { rows: unknown[] }).rows
        ) as Record<string, string>[];
        return rows.map((r) => Object.values(r)[0]).join('\n');
      });
    expect(await plan(sql`${entities}`, entityMatches('zhipu'))).toContain('entities_search_idx');
    const figurePlan = await plan(sql`${figures}`, figureMatches('zhipu'));
    expect(figurePlan).toContain('figures_search_idx');
    expect(figurePlan).toContain('entities_search_idx');
    expect(figurePlan).toContain('figures_entity_idx');
    expect(await plan(sql`${events}`, eventMatches('zhipu'))).toMatch(
      /events_search_idx[\s\S]*events_entity_ids_idx|events_entity_ids_idx[\s\S]*events_search_idx/,
    );
    const relationPlan = await plan(sql`${relations}`, relationMatches('zhipu'));
    for (const index of ['relations_search_idx', 'relations_subject_idx', 'relations_object_idx'])
      expect(relationPlan).toContain(index);
  });
});
