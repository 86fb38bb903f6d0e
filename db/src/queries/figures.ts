import { and, asc, count, eq, gt, gte, inArray, lte, or, sql, type SQL } from 'drizzle-orm';
import type { Figure } from '@aiwatch/data/schemas';
import type { Database } from '../client.ts';
import { figureFromRow } from '../rows.ts';
import { figureSearchText } from '../schema/figures.ts';
import { figures } from '../schema/index.ts';
import { groupMemberIds } from './entities.ts';
import type { FigureFilters } from './filters.ts';
import { decodeCursor, toPage, type Page } from './pagination.ts';
import { entitiesNamed, searchMatches } from './search.ts';

/** Figures whose text, or whose entity's names and aliases, contain `q`. */
export const figureMatches = (q: string): SQL | undefined =>
  or(searchMatches(figureSearchText(figures), q), sql`${figures.entity_id} = ANY(${entitiesNamed(q)})`);

export async function listFigures(db: Database, f: Partial<FigureFilters> = {}): Promise<Page<Figure>> {
  const limit = f.limit ?? 50;
  const where: (SQL | undefined)[] = [
    f.entity ? eq(figures.entity_id, f.entity) : undefined,
    f.group ? inArray(figures.entity_id, groupMemberIds(db, f.group)) : undefined,
    f.metric ? eq(figures.metric, f.metric) : undefined,
    f.source ? eq(figures.source_id, f.source) : undefined,
    f.from ? gte(figures.as_of, f.from) : undefined,
    f.to ? lte(figures.as_of, f.to) : undefined,
    f.q ? figureMatches(f.q) : undefined,
    f.cursor ? gt(figures.id, decodeCursor(f.cursor, 1)[0] ?? '') : undefined,
  ];
  const rows = await db
    .select()
    .from(figures)
    .where(and(...where))
    .orderBy(asc(figures.id))
    .limit(limit + 1);
  return toPage(rows, limit, (r) => [r.id], figureFromRow);
}

export async function getFigure(db: Database, id: string): Promise<Figure | null> {
  const [row] = await db.select().from(figures).where(eq(figures.id, id));
  return row ? figureFromRow(row) : null;
}

export async function figuresOfEntities(db: Database, ids: string[]): Promise<Figure[]> {
  if (ids.length === 0) return [];
  const rows = await db.select().from(figures).where(inArray(figures.entity_id, ids)).orderBy(asc(figures.id));
  return rows.map(figureFromRow);
}

export async function getFiguresByIds(db: Database, ids: string[]): Promise<Figure[]> {
  if (ids.length === 0) return [];
  const rows = await db.select().from(figures).where(inArray(figures.id, ids)).orderBy(asc(figures.id));
  return rows.map(figureFromRow);
}

/** How many figures each of `ids` has (absent: none), counted in the database. */
export async function countFiguresOfEntities(db: Database, ids: string[]): Promise<Map<string, number>> {
  if (ids.length === 0) return new Map();
  const rows = await db
    .select({ id: figures.entity_id, n: count() })
    .from(figures)
    .where(inArray(figures.entity_id, ids))
    .groupBy(figures.entity_id);
  return new Map(rows.map((r) => [r.id, r.n]));
}
