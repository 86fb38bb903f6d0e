import { and, asc, countDistinct, eq, gt, gte, inArray, lte, or, sql, type SQL } from 'drizzle-orm';
import type { Predicate, Relation } from '@aiwatch/data/schemas';
import type { Database } from '../client.ts';
import { relationFromRow } from '../rows.ts';
import { relations } from '../schema/index.ts';
import { relationSearchText } from '../schema/relations.ts';
import type { RelationFilters } from './filters.ts';
import { decodeCursor, toPage, type Page } from './pagination.ts';
import { entitiesNamed, searchMatches } from './search.ts';

const touches = (id: string) => or(eq(relations.subject_id, id), eq(relations.object_id, id));

/** Relations whose text, or whose subject's or object's names and aliases, contain `q`. */
export const relationMatches = (q: string): SQL | undefined => {
  const named = entitiesNamed(q);
  return or(
    searchMatches(relationSearchText(relations), q),
    sql`${relations.subject_id} = ANY(${named})`,
    sql`${relations.object_id} = ANY(${named})`,
  );
};

export async function listRelations(db: Database, f: Partial<RelationFilters> = {}): Promise<Page<Relation>> {
  const limit = f.limit ?? 50;
  const where: (SQL | undefined)[] = [
    f.entity ? touches(f.entity) : undefined,
    f.predicate ? eq(relations.predicate, f.predicate) : undefined,
    f.source ? eq(relations.source_id, f.source) : undefined,
    f.q ? relationMatches(f.q) : undefined,
    f.from ? gte(relations.as_of, f.from) : undefined,
    f.to ? lte(relations.as_of, f.to) : undefined,
    f.cursor ? gt(relations.id, decodeCursor(f.cursor, 1)[0] ?? '') : undefined,
  ];
  const rows = await db
    .select()
    .from(relations)
    .where(and(...where))
    .orderBy(asc(relations.id))
    .limit(limit + 1);
  return toPage(rows, limit, (r) => [r.id], relationFromRow);
}

export async function getRelation(db: Database, id: string): Promise<Relation | null> {
  const [row] = await db.select().from(relations).where(eq(relations.id, id));
  return row ? relationFromRow(row) : null;
}

export async function relationsOfEntity(db: Database, id: string): Promise<Relation[]> {
  const rows = await db.select().from(relations).where(touches(id)).orderBy(asc(relations.id));
  return rows.map(relationFromRow);
}

/** Every relation with any of `ids` as its subject or object. */
export async function relationsOfEntities(db: Database, ids: string[]): Promise<Relation[]> {
  if (ids.length === 0) return [];
  const rows = await db
    .select()
    .from(relations)
    .where(or(inArray(relations.subject_id, ids), inArray(relations.object_id, ids)))
    .orderBy(asc(relations.id));
  return rows.map(relationFromRow);
}

/** Per predicate, how many subject–object pairs it links (a pair stated by several claims counts once); with `entity`, only its own. */
export async function pairsPerPredicate(db: Database, entity?: string): Promise<Map<Predicate, number>> {
  const rows = await db
    .select({ predicate: relations.predicate, pairs: countDistinct(sql`(${relations.subject_id}, ${relations.object_id})`) })
    .from(relations)
    .where(entity ? touches(entity) : undefined)
    .groupBy(relations.predicate);
  return new Map(rows.map((r) => [r.predicate as Predicate, r.pairs]));
}
