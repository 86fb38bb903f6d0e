import { and, arrayContains, type Column, asc, count, desc, eq, getTableColumns, isNotNull, sql, type SQL } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { Entity } from '@aiwatch/data/schemas';
import type { Database } from '../client.ts';
import { entities, entityOrder } from '../schema/index.ts';
import type { ListLanguage } from '../seed/entity-order.ts';
import { perDatasetVersion } from './per-dataset-version.ts';
import { entityMatches } from './search.ts';

/** The Companies list's filters: all optional, all combined. */
export interface EntityListFilters {
  type?: string;
  /** Members of this group. */
  group?: string;
  /** Entities headquartered at this entity (a city). */
  hq?: string;
  /** Ids, names in three scripts and aliases containing this text. */
  q?: string;
}

export const entityListSorts = ['name', 'type', 'city', 'founded', 'figures'] as const;
export type EntityListSort = (typeof entityListSorts)[number];

export interface EntityListOrder {
  by: EntityListSort;
  dir: 'asc' | 'desc';
  /** Whose collation orders names (the entities' and their headquarters'). */
  lang: ListLanguage;
  /** The types in the order their names take in the reader's language; by id when not given. */
  typeOrder?: readonly string[];
}

/** A row of the list: the entity and how many figures the data has about it. */
export type EntityListRow = Entity & { figure_count: number };

const hqOrder = alias(entityOrder, 'hq_order');
const nameRank = (lang: ListLanguage, table: Record<'name_rank_en' | 'name_rank_zh', Column> = entityOrder): Column =>
  lang === 'en' ? table.name_rank_en : table.name_rank_zh;

function conditions(f: EntityListFilters): SQL | undefined {
  return and(
    f.type ? eq(entities.type, f.type) : undefined,
    f.group ? arrayContains(entities.group_ids, [f.group]) : undefined,
    f.hq ? eq(entities.hq, f.hq) : undefined,
    f.q ? entityMatches(f.q) : undefined,
  );
}

/** What a sort orders by first: the name's rank, the type's place, the headquarters' name's rank, the year or the count. */
function sortValue(o: EntityListOrder): SQL {
  switch (o.by) {
    case 'name':
      return sql`${nameRank(o.lang)}`;
    case 'type':
      return o.typeOrder ? sql`array_position(ARRAY[${sql.join(o.typeOrder.map((t) => sql`${t}`), sql`, `)}]::text[], ${entities.type})` : sql`${entities.type}`;
    case 'city':
      return sql`${nameRank(o.lang, hqOrder)}`;
    case 'founded':
      return sql`${entities.founded}`;
    case 'figures':
      return sql`${entityOrder.figure_count}`;
  }
}

/**
 * The ORDER BY of a sort over `value`, the name's `rank` and the `id`: the value asked for, rows
 * without one (no founding year, no headquarters) last either way, then the name (in the reader's
 * collation) and the id, so every order is total and pages never overlap. The name sort is its
 * rank alone either way, so an index serves it in both directions.
 */
function orderBy(o: EntityListOrder, value: SQL | Column, rank: SQL | Column, id: SQL | Column): SQL[] {
  if (o.by === 'name') return [o.dir === 'asc' ? sql`${value} asc` : sql`${value} desc`, sql`${id} asc`];
  return [o.dir === 'asc' ? sql`${value} asc nulls last` : sql`${value} desc nulls last`, sql`${rank} asc`, sql`${id} asc`];
}

/**
 * One page of the list. The page's ids are chosen first, sorting only them and their sort keys
 * (a narrow row: sorting whole entities made a deep page or a sort of every entity cost twice as
 * much); then only its entities are read whole.
 */
export function entityListQuery(db: Database, f: EntityListFilters, o: EntityListOrder, page: { offset: number; limit: number }) {
  const keys = {
    id: entities.id,
    value: sortValue(o).as('sort_value'),
    rank: sql<number>`${nameRank(o.lang)}`.as('sort_rank'),
    figure_count: entityOrder.figure_count,
  };
  const from = db.select(keys).from(entities).innerJoin(entityOrder, eq(entityOrder.id, entities.id));
  // The headquarters' own rank, only for the city sort.
  const joined = o.by === 'city' ? from.leftJoin(hqOrder, eq(hqOrder.id, entities.hq)) : from;
  const chosen = joined
    .where(conditions(f))
    .orderBy(...orderBy(o, sortValue(o), nameRank(o.lang), entities.id))
    .offset(page.offset)
    .limit(page.limit)
    .as('chosen');
  return db
    .select({ ...getTableColumns(entities), figure_count: chosen.figure_count })
    .from(chosen)
    .innerJoin(entities, eq(entities.id, chosen.id))
    .orderBy(...orderBy(o, sql`${chosen.value}`, sql`${chosen.rank}`, sql`${chosen.id}`));
}

/** How many entities match: every page of a view asks, so it is read once per dataset version. */
export const countEntityList = perDatasetVersion(async (db: Database, f: EntityListFilters): Promise<number> => {
  const [row] = await db.select({ n: count() }).from(entities).innerJoin(entityOrder, eq(entityOrder.id, entities.id)).where(conditions(f));
  return row?.n ?? 0;
});

/** A page of the Companies list, sorted and filtered in the database, and how many rows the filters leave. */
export async function entityListPage(
  db: Database,
  f: EntityListFilters,
  o: EntityListOrder,
  page: { offset: number; limit: number },
): Promise<{ items: EntityListRow[]; total: number }> {
  const [items, total] = await Promise.all([entityListQuery(db, f, o, page), countEntityList(db, f)]);
  return { items: items as EntityListRow[], total };
}

/** How many entities of each type the filters (but for the type) find, most first. */
export async function entityListTypeCounts(db: Database, f: Omit<EntityListFilters, 'type'>): Promise<{ type: Entity['type']; n: number }[]> {
  const rows = await db
    .select({ type: entities.type, n: count() })
    .from(entities)
    .where(conditions(f))
    .groupBy(entities.type)
    .orderBy(sql`count(*) desc`, entities.type);
  return rows.map((r) => ({ type: r.type as Entity['type'], n: r.n }));
}

/** A value a filter offers: the entity, and how many entities it applies to. */
export interface ListChoice {
  entity: Entity;
  uses: number;
}

/** How many entities each group counts as members, or name each place as their headquarters. */
function uses(db: Database, of: 'group' | 'hq') {
  const counted = sql<string>`${of === 'group' ? sql`g` : entities.hq}`.as('choice_id');
  const n = sql<number>`count(*)::int`.as('uses');
  return of === 'group'
    ? db.select({ id: counted, uses: n }).from(sql`${entities}, unnest(${entities.group_ids}) as g`).groupBy(sql`g`).as('uses')
    : db.select({ id: counted, uses: n }).from(entities).where(isNotNull(entities.hq)).groupBy(entities.hq).as('uses');
}

/**
 * The `limit` groups with most members (then by id), and how many groups have members, or the same
 * of the places entities have their headquarters in: what the Companies list's group and city
 * filters offer (read once per dataset version).
 */
export const listChoices = perDatasetVersion(async (db: Database, of: 'group' | 'hq', limit: number): Promise<{ items: ListChoice[]; total: number }> => {
  const counted = uses(db, of);
  const [rows, [total]] = await Promise.all([
    db
      .select({ entity: entities, uses: counted.uses })
      .from(counted)
      .innerJoin(entities, eq(entities.id, counted.id))
      .orderBy(desc(counted.uses), asc(entities.id))
      .limit(limit),
    db.select({ n: count() }).from(counted).innerJoin(entities, eq(entities.id, counted.id)),
  ]);
  return { items: rows.map((r) => ({ entity: r.entity as Entity, uses: r.uses })), total: total?.n ?? 0 };
});

/** Whether some entity names `id` as its headquarters (a city the filter accepts). */
export async function isHeadquarters(db: Database, id: string): Promise<boolean> {
  const rows = await db.select({ id: entities.id }).from(entities).where(eq(entities.hq, id)).limit(1);
  return rows.length > 0;
}
