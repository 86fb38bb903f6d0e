import { and, arrayContains, arrayOverlaps, asc, count, eq, gt, inArray, isNotNull, sql, type SQL } from 'drizzle-orm';
import type { Entity } from '@aiwatch/data/schemas';
import type { Database } from '../client.ts';
import { companyFacts, entities, figures } from '../schema/index.ts';
import type { EntityFilters } from './filters.ts';
import { decodeCursor, toPage, type Page } from './pagination.ts';
import { perDatasetVersion } from './per-dataset-version.ts';
import { entityMatches } from './search.ts';

const asEntity = (row: typeof entities.$inferSelect): Entity => row as Entity;

export async function listEntities(db: Database, f: Partial<EntityFilters> = {}): Promise<Page<Entity>> {
  const limit = f.limit ?? 50;
  const where: (SQL | undefined)[] = [
    f.type ? eq(entities.type, f.type) : undefined,
    f.group ? arrayContains(entities.group_ids, [f.group]) : undefined,
    f.q ? entityMatches(f.q) : undefined,
    f.cursor ? gt(entities.id, decodeCursor(f.cursor, 1)[0] ?? '') : undefined,
  ];
  const rows = await db
    .select()
    .from(entities)
    .where(and(...where))
    .orderBy(asc(entities.id))
    .limit(limit + 1);
  return toPage(rows, limit, (r) => [r.id], asEntity);
}

export async function getEntityRecord(db: Database, id: string): Promise<Entity | null> {
  const [row] = await db.select().from(entities).where(eq(entities.id, id));
  return row ? asEntity(row) : null;
}

export async function getEntitiesByIds(db: Database, ids: string[]): Promise<Entity[]> {
  if (ids.length === 0) return [];
  const rows = await db.select().from(entities).where(inArray(entities.id, ids)).orderBy(asc(entities.id));
  return rows.map(asEntity);
}

/** Ids of the members of a group, for filters that take `group`. */
export function groupMemberIds(db: Database, group: string) {
  return db.select({ id: entities.id }).from(entities).where(arrayContains(entities.group_ids, [group]));
}

/** The members of any of `groups`. */
export async function membersOfGroups(db: Database, groups: string[]): Promise<Entity[]> {
  if (groups.length === 0) return [];
  const rows = await db.select().from(entities).where(arrayOverlaps(entities.group_ids, groups)).orderBy(asc(entities.id));
  return rows.map(asEntity);
}

/** The places some entity names as its headquarters. */
export async function headquarters(db: Database): Promise<Entity[]> {
  const hqs = db.selectDistinct({ id: entities.hq }).from(entities).where(isNotNull(entities.hq));
  const rows = await db.select().from(entities).where(inArray(entities.id, hqs)).orderBy(asc(entities.id));
  return rows.map(asEntity);
}

/** The entity types that have at least one entity (read once per dataset version: it reads every entity). */
export const entityTypesInUse = perDatasetVersion(async (db: Database): Promise<Entity['type'][]> => {
  const rows = await db.selectDistinct({ type: entities.type }).from(entities);
  return rows.map((r) => r.type as Entity['type']);
});

/**
 * The `limit` companies the data says most about (figures and reported facts), then by id, and how
 * many companies there are: what a picker offers before pointing to the full list (read once per
 * dataset version, as ranking them reads both tables).
 */
export const mostDocumentedCompanies = perDatasetVersion(async (db: Database, limit: number): Promise<{ items: Entity[]; total: number }> => {
  const claims = sql`(select count(*) from ${figures} where ${figures.entity_id} = ${entities.id}) + (select count(*) from ${companyFacts} where ${companyFacts.company_id} = ${entities.id})`;
  const company = eq(entities.type, 'company');
  const [rows, [total]] = await Promise.all([
    db.select().from(entities).where(company).orderBy(sql`${claims} desc`, asc(entities.id)).limit(limit),
    db.select({ n: count() }).from(entities).where(company),
  ]);
  return { items: rows.map(asEntity), total: total?.n ?? 0 };
});
