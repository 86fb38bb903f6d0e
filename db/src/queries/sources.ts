import { and, asc, count, eq, gt, inArray, sql, type SQL } from 'drizzle-orm';
import type { Event, Figure, Relation, Source } from '@aiwatch/data/schemas';
import type { Database } from '../client.ts';
import { eventFromRow, figureFromRow, relationFromRow } from '../rows.ts';
import { events, figures, models, relations, sources } from '../schema/index.ts';
import type { SourceFilters } from './filters.ts';
import { allItems, decodeCursor, MAX_LIMIT, toPage, type Page } from './pagination.ts';
import { perDatasetVersion } from './per-dataset-version.ts';
import { matchesAny } from './search.ts';

const asSource = (row: typeof sources.$inferSelect): Source => row as Source;

export async function listSources(db: Database, f: Partial<SourceFilters> = {}): Promise<Page<Source>> {
  const limit = f.limit ?? 50;
  const where: (SQL | undefined)[] = [
    f.q ? matchesAny(f.q, [sources.title, sources.title_zh, sources.author, sources.publisher]) : undefined,
    f.cursor ? gt(sources.id, decodeCursor(f.cursor, 1)[0] ?? '') : undefined,
  ];
  const rows = await db
    .select()
    .from(sources)
    .where(and(...where))
    .orderBy(asc(sources.id))
    .limit(limit + 1);
  return toPage(rows, limit, (r) => [r.id], asSource);
}

/** Every source, page by page: a data package names them all. */
export function allSources(db: Database): Promise<Source[]> {
  return allItems((cursor) => listSources(db, { limit: MAX_LIMIT, cursor }));
}

export interface SourceWithClaims extends Source {
  figures: Figure[];
  events: Event[];
  relations: Relation[];
}

/** A document with every claim it supports. */
export async function getSource(db: Database, id: string): Promise<SourceWithClaims | null> {
  const [row] = await db.select().from(sources).where(eq(sources.id, id));
  if (!row) return null;
  const [f, e, r] = await Promise.all([
    db.select().from(figures).where(eq(figures.source_id, id)).orderBy(asc(figures.id)),
    db.select().from(events).where(eq(events.source_id, id)).orderBy(asc(events.date), asc(events.id)),
    db.select().from(relations).where(eq(relations.source_id, id)).orderBy(asc(relations.id)),
  ]);
  return {
    ...asSource(row),
    figures: f.map(figureFromRow),
    events: e.map(eventFromRow),
    relations: r.map(relationFromRow),
  };
}

export async function getSourcesByIds(db: Database, ids: string[]): Promise<Source[]> {
  if (ids.length === 0) return [];
  const rows = await db.select().from(sources).where(inArray(sources.id, ids)).orderBy(asc(sources.id));
  return rows.map(asSource);
}

/**
 * Sources of the given kinds, a page at a time, and how many there are: by id, or newest first (by
 * publication date, undated last). The documents and dataset releases are few, the articles many.
 */
export async function sourcesOfKindsPage(
  db: Database,
  kinds: Source['kind'][],
  page: { offset: number; limit: number },
  order: 'id' | 'newest' = 'id',
): Promise<{ items: Source[]; total: number }> {
  if (kinds.length === 0) return { items: [], total: 0 };
  const where = inArray(sources.kind, kinds);
  const [rows, [total]] = await Promise.all([
    db
      .select()
      .from(sources)
      .where(where)
      .orderBy(...(order === 'newest' ? [sql`${sources.published_on} desc nulls last`] : []), asc(sources.id))
      .offset(page.offset)
      .limit(page.limit),
    db.select({ n: count() }).from(sources).where(where),
  ]);
  return { items: rows.map(asSource), total: total?.n ?? 0 };
}

/** How many models each dataset release gave, by source id (read once per dataset version: counting reads every model). */
export const modelsPerSource = perDatasetVersion(async (db: Database): Promise<Map<string, number>> => {
  const rows = await db.select({ source_id: models.source_id, n: count() }).from(models).groupBy(models.source_id);
  return new Map(rows.map((r) => [r.source_id, r.n]));
});
