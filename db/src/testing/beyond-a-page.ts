import { MAX_LIMIT } from '../queries/pagination.ts';
import type { Database } from '../client.ts';
import * as t from '../schema/index.ts';
import { writeEntityOrder } from '../seed/entity-order.ts';
import { insertChunked } from '../seed/insert-chunked.ts';

/** More rows of each kind than the largest page a query gives. */
export const FILLER_ROWS = MAX_LIMIT + 100;

/**
 * Ids that sort before every real one ("aaa-…" < "ai-…"), and events dated before the real
 * ones: a caller that reads only the first page of a list then sees fillers and nothing else.
 */
export const fillerId = (kind: string, i: number): string => `aaa-filler-${kind}-${String(i).padStart(4, '0')}`;

const each = <T>(make: (i: number) => T): T[] => Array.from({ length: FILLER_ROWS }, (_, i) => make(i));
const CHUNK = 200;

/** Where the i-th filler claim stands, and its review. */
const provenance = (source_id: string, locator: string, i: number) => ({
  source_id,
  locator,
  source_text: String(i),
  review_status: 'unverified' as const,
  review_note_en: 'Fills a page.',
  review_note_zh: '填滿一頁。',
});

/**
 * Adds FILLER_ROWS sources (news articles), metrics, entities (products of no group), figures,
 * events (of no entity) and relations (`competes_with`, shown only when asked for) to a seeded
 * database, each linked only to other fillers, so the real data's pages keep their meaning.
 */
export async function addFillerRows(db: Database): Promise<void> {
  const source = (i: number) => fillerId('source', i);
  const entity = (i: number) => fillerId('entity', i);
  const metric = (i: number) => fillerId('metric', i);
  await insertChunked(
    each((i) => ({
      id: source(i),
      kind: 'article' as const,
      title: `Filler article ${i}`,
      title_zh: `填充文章 ${i}`,
      author: 'Test',
      publisher: 'Test',
      language: 'en',
      url: `https://example.org/filler/${i}`,
      sections: [],
      summary_en: 'A row that only fills a page.',
      summary_zh: '僅用於填滿一頁的資料列。',
      reliability: 'low' as const,
    })),
    CHUNK,
    (c) => db.insert(t.sources).values(c),
  );
  await insertChunked(
    each((i) => ({ id: metric(i), name_en: `Filler metric ${i}`, name_zh: `填充指標 ${i}`, unit: 'count', description_en: 'Fills a page.', description_zh: '填滿一頁。' })),
    CHUNK,
    (c) => db.insert(t.metrics).values(c),
  );
  await insertChunked(
    each((i) => ({ id: entity(i), type: 'product', name_en: `Filler ${i}`, name_zh: `填充 ${i}`, aliases: [], group_ids: [], description_en: 'Fills a page.', description_zh: '填滿一頁。' })),
    CHUNK,
    (c) => db.insert(t.entities).values(c),
  );
  const claim = (i: number) => provenance(source(i), 'Filler', i);
  await insertChunked(
    each((i) => ({ id: fillerId('figure', i), entity_id: entity(i), metric: metric(i), value: i, unit: 'count', qualifier: 'exact', ...claim(i) })),
    CHUNK,
    (c) => db.insert(t.figures).values(c),
  );
  await insertChunked(
    each((i) => ({
      id: fillerId('event', i),
      date: '1800-01-01',
      date_start: '1800-01-01',
      date_end: '1800-01-01',
      date_precision: 'day',
      date_qualifier: 'exact',
      kind: 'milestone',
      title_en: `Filler event ${i}`,
      title_zh: `填充事件 ${i}`,
      entity_ids: [],
      ...claim(i),
    })),
    CHUNK,
    (c) => db.insert(t.events).values(c),
  );
  await insertChunked(
    each((i) => ({ id: fillerId('relation', i), subject_id: entity(i), predicate: 'competes_with', object_id: entity((i + 1) % FILLER_ROWS), ...claim(i) })),
    CHUNK,
    (c) => db.insert(t.relations).values(c),
  );
  // The Companies list's order, with the fillers in it.
  await writeEntityOrder(db);
}

/**
 * Adds FILLER_ROWS figures to a real document, under its section `locator`, with ids that sort before
 * its real claims: a page that lists the document's claims one page at a time sees fillers first.
 * Needs the fillers of addFillerRows (their entities and metrics).
 */
export async function addFillerClaims(db: Database, sourceId: string, locator: string): Promise<void> {
  await insertChunked(
    each((i) => ({
      id: fillerId('claim', i),
      entity_id: fillerId('entity', i),
      metric: fillerId('metric', i),
      value: i,
      unit: 'count',
      qualifier: 'exact',
      ...provenance(sourceId, locator, i),
    })),
    CHUNK,
    (c) => db.insert(t.figures).values(c),
  );
}
