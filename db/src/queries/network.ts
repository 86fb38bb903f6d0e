import { and, asc, countDistinct, desc, eq, inArray, or, sql, type SQL, type SQLWrapper } from 'drizzle-orm';
import type { Predicate, Relation } from '@aiwatch/data/schemas';
import type { Database } from '../client.ts';
import { relationFromRow } from '../rows.ts';
import { relations } from '../schema/index.ts';

/**
 * The Network page's queries. A relation stated by several claims (news reports naming the same
 * investor) is one subject–predicate–object "triple": the graph draws it once and the list states it
 * once with every claim. Counting, ranking and paging happen here, in the database, so a page's cost
 * follows what it shows, not the size of the relations table.
 */

/** A subject–predicate–object and every claim stating it (ordered by id). */
export interface RelationTriple {
  subject_id: string;
  predicate: Predicate;
  object_id: string;
  claims: Relation[];
}

export interface EntityDegree {
  id: string;
  /** How many triples of the chosen predicates it is the subject or object of. */
  degree: number;
}

/** The triples' order: by the predicates' order as given, then subject and object (byte order, the same on every server). */
const predicateRank = (predicates: Predicate[]): SQL =>
  sql`case ${relations.predicate} ${sql.join(
    predicates.map((p, i) => sql`when ${p} then ${sql.raw(String(i))}`),
    sql` `,
  )} end`;
const byteOrder = (column: SQLWrapper) => sql`${column} collate "C"`;

const onPredicates = (predicates: Predicate[]) => inArray(relations.predicate, predicates);
const touches = (id: string) => or(eq(relations.subject_id, id), eq(relations.object_id, id));

/**
 * The entities with the most triples of `predicates`, most connected first (ties by id), at most
 * `limit`; with `around`, only that entity and its neighbours, the entity itself first. `total` is
 * how many entities there are to choose from.
 */
export async function mostConnectedEntities(
  db: Database,
  predicates: Predicate[],
  limit: number,
  around?: string,
): Promise<{ items: EntityDegree[]; total: number }> {
  if (predicates.length === 0) return { items: [], total: 0 };
  // Each end of each claim, one row per end: an entity's degree is its distinct triples.
  const end = sql<string>`ends.id`;
  const degree = countDistinct(sql`(${relations.subject_id}, ${relations.predicate}, ${relations.object_id})`);
  const neighbours = around
    ? db
        .select({ id: sql`case when ${relations.subject_id} = ${around} then ${relations.object_id} else ${relations.subject_id} end` })
        .from(relations)
        .where(and(onPredicates(predicates), touches(around)))
    : undefined;
  const rows = await db
    .select({
      id: end,
      degree,
      total: sql<number>`count(*) over ()`.mapWith(Number),
    })
    .from(relations)
    .innerJoin(sql`unnest(array[${relations.subject_id}, ${relations.object_id}]) as ends(id)`, sql`true`)
    .where(and(onPredicates(predicates), neighbours ? or(sql`${end} = ${around}`, inArray(end, neighbours)) : undefined))
    .groupBy(end)
    .orderBy(...(around ? [desc(sql`${end} = ${around}`)] : []), desc(degree), asc(byteOrder(end)))
    .limit(limit);
  return { items: rows.map(({ id, degree }) => ({ id, degree })), total: rows[0]?.total ?? 0 };
}

/**
 * The triples of `predicates` between entities of `ids` (both ends in it), at most `limit`: those of
 * the entities listed first (the most connected) before the others.
 */
export async function relationsAmong(db: Database, predicates: Predicate[], ids: string[], limit: number): Promise<RelationTriple[]> {
  if (predicates.length === 0 || ids.length === 0) return [];
  const rank = (column: SQLWrapper) => sql`case ${column} ${sql.join(ids.map((id, i) => sql`when ${id} then ${sql.raw(String(i))}`), sql` `)} end`;
  const keys = await db
    .select({ subject_id: relations.subject_id, predicate: relations.predicate, object_id: relations.object_id })
    .from(relations)
    .where(and(onPredicates(predicates), inArray(relations.subject_id, ids), inArray(relations.object_id, ids)))
    .groupBy(relations.subject_id, relations.predicate, relations.object_id)
    .orderBy(
      sql`${rank(relations.subject_id)} + ${rank(relations.object_id)}`,
      predicateRank(predicates),
      byteOrder(relations.subject_id),
      byteOrder(relations.object_id),
    )
    .limit(limit);
  return withClaims(db, keys);
}

/** One page of the triples of `predicates` (touching `entity`, if given), in list order, and how many there are. */
export async function relationTriplesPage(
  db: Database,
  predicates: Predicate[],
  page: { offset: number; limit: number },
  entity?: string,
): Promise<{ items: RelationTriple[]; total: number }> {
  if (predicates.length === 0) return { items: [], total: 0 };
  const where = and(onPredicates(predicates), entity ? touches(entity) : undefined);
  // The count rides along with the page (a window over the grouped rows); only a page past the end needs its own.
  const keys = await db
    .select({ subject_id: relations.subject_id, predicate: relations.predicate, object_id: relations.object_id, total: sql<number>`count(*) over ()`.mapWith(Number) })
    .from(relations)
    .where(where)
    .groupBy(relations.subject_id, relations.predicate, relations.object_id)
    .orderBy(predicateRank(predicates), byteOrder(relations.subject_id), byteOrder(relations.object_id))
    .offset(page.offset)
    .limit(page.limit);
  const total =
    keys[0]?.total ??
    (await db.select({ n: countDistinct(sql`(${relations.subject_id}, ${relations.predicate}, ${relations.object_id})`) }).from(relations).where(where))[0]?.n ??
    0;
  return { items: await withClaims(db, keys), total };
}

/** The claims stating each triple, in the triples' order. */
async function withClaims(db: Database, keys: { subject_id: string; predicate: string; object_id: string }[]): Promise<RelationTriple[]> {
  if (keys.length === 0) return [];
  const rows = await db
    .select()
    .from(relations)
    .where(
      sql`(${relations.subject_id}, ${relations.predicate}, ${relations.object_id}) in (${sql.join(
        keys.map((k) => sql`(${k.subject_id}, ${k.predicate}, ${k.object_id})`),
        sql`, `,
      )})`,
    )
    .orderBy(asc(relations.id));
  const key = (r: { subject_id: string; predicate: string; object_id: string }) => `${r.subject_id}\0${r.predicate}\0${r.object_id}`;
  const claims = new Map<string, Relation[]>();
  for (const r of rows.map(relationFromRow)) claims.set(key(r), [...(claims.get(key(r)) ?? []), r]);
  return keys.map((k) => ({ ...k, predicate: k.predicate as Predicate, claims: claims.get(key(k)) ?? [] }));
}
