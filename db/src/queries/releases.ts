import { and, arrayContains, asc, desc, eq, getTableColumns, gt, gte, lt, or, sql, type SQL } from 'drizzle-orm';
import { z } from 'zod';
import { changeKinds, releaseVersionSchema, datasetTables } from '@aiwatch/data/releases';
import type { Database } from '../client.ts';
import { changes, entities, releases } from '../schema/index.ts';
import { calendarDate, slug } from './filters.ts';
import { decodeCursor, InvalidCursorError, paginationSchema, toPage, type Page } from './pagination.ts';

export type ReleaseRow = Omit<typeof releases.$inferSelect, 'seq'>;
export type ChangeRow = Omit<typeof changes.$inferSelect, 'release_seq' | 'position'> & { released_on: string };

/** A release or a day named in a filter that no release answers to: a 400, never an empty answer that looks right. */
export class UnknownReleaseError extends Error {
  override name = 'UnknownReleaseError';
}

const { seq: _seq, ...releaseColumns } = getTableColumns(releases);

/** Every release, newest first (a history holds a few a month: no paging). */
export async function listReleases(db: Database): Promise<ReleaseRow[]> {
  return db.select(releaseColumns).from(releases).orderBy(desc(releases.seq));
}

export async function getRelease(db: Database, version: string): Promise<ReleaseRow | null> {
  const [row] = await db.select(releaseColumns).from(releases).where(eq(releases.version, version));
  return row ?? null;
}

/** The release the database serves: the latest. Null only for data seeded without a history. */
export async function latestRelease(db: Database): Promise<ReleaseRow | null> {
  const [row] = await db.select(releaseColumns).from(releases).orderBy(desc(releases.seq)).limit(1);
  return row ?? null;
}

export interface ReleaseEntitySummary {
  entity_id: string;
  name_en: string | null;
  name_zh: string | null;
  added: number;
  removed: number;
  changed: number;
  renamed: number;
}

/** A release's changes counted by entity (most changed first) and by table and kind. */
export async function releaseSummary(db: Database, version: string, entityLimit = 50) {
  const byKind = (kind: (typeof changeKinds)[number]) => sql<number>`count(*) filter (where ${changes.kind} = ${kind})`.mapWith(Number).as(kind);
  const counts = () => ({ added: byKind('added'), removed: byKind('removed'), changed: byKind('changed'), renamed: byKind('renamed') });
  const entity = sql<string>`unnest(${changes.entity_ids})`;
  const perEntity = db
    .select({ entity_id: entity.as('entity_id'), ...counts(), total: sql<number>`count(*)`.mapWith(Number).as('total') })
    .from(changes)
    .where(eq(changes.release, version))
    .groupBy(sql`1`)
    .as('per_entity');
  const [byEntity, byTable] = await Promise.all([
    db
      .select({ entity_id: perEntity.entity_id, name_en: entities.name_en, name_zh: entities.name_zh, added: perEntity.added, removed: perEntity.removed, changed: perEntity.changed, renamed: perEntity.renamed })
      .from(perEntity)
      .leftJoin(entities, eq(entities.id, perEntity.entity_id))
      .orderBy(desc(perEntity.total), asc(perEntity.entity_id))
      .limit(entityLimit),
    db.select({ table: changes.table_name, ...counts() }).from(changes).where(eq(changes.release, version)).groupBy(changes.table_name),
  ]);
  const tableOrder = (t: string) => datasetTables.indexOf(t as (typeof datasetTables)[number]);
  return { by_entity: byEntity as ReleaseEntitySummary[], by_table: byTable.sort((a, b) => tableOrder(a.table) - tableOrder(b.table)) };
}

export const changeFiltersSchema = paginationSchema.extend({
  since: z
    .union([releaseVersionSchema, calendarDate], { error: 'since must be a release version (such as 2026.12.0) or a date (YYYY-MM-DD)' })
    .optional()
    .describe('Changes of the releases after this version, or of those released on or after this day (YYYY-MM-DD).'),
  release: releaseVersionSchema.optional().describe('The changes of one release.'),
  entity: slug.optional().describe('Changes to records about this entity (its figures, models, relations, the entity itself).'),
  kind: z.enum(changeKinds).optional().describe('added, removed, changed or renamed.'),
  table: z.enum(datasetTables).optional().describe('The table the record is in, e.g. models.'),
  record: slug.optional().describe('The history of one record (its id, or an id it had before a rename).'),
});
export type ChangeFilters = z.infer<typeof changeFiltersSchema>;

async function releaseSeq(db: Database, version: string): Promise<number> {
  const [row] = await db.select({ seq: releases.seq }).from(releases).where(eq(releases.version, version));
  if (!row) throw new UnknownReleaseError(`there is no release ${version}; /v1/releases lists them`);
  return row.seq;
}

const changeColumns = {
  id: changes.id,
  release: changes.release,
  released_on: releases.released_on,
  table_name: changes.table_name,
  record_id: changes.record_id,
  kind: changes.kind,
  previous_id: changes.previous_id,
  entity_ids: changes.entity_ids,
  label_en: changes.label_en,
  label_zh: changes.label_zh,
  fields: changes.fields,
  record: changes.record,
};

/** Changes, newest release first and in the release's own order within it, a page at a time. */
export async function listChanges(db: Database, f: Partial<ChangeFilters> = {}): Promise<Page<ChangeRow>> {
  const limit = f.limit ?? 50;
  const after = f.cursor ? decodeCursor(f.cursor, 2).map(Number) : null;
  if (after && after.some((n) => !Number.isInteger(n))) throw new InvalidCursorError();
  const where: (SQL | undefined)[] = [
    f.since === undefined
      ? undefined
      : releaseVersionSchema.safeParse(f.since).success
        ? gt(changes.release_seq, await releaseSeq(db, f.since))
        : gte(releases.released_on, f.since),
    f.release ? eq(changes.release_seq, await releaseSeq(db, f.release)) : undefined,
    f.entity ? arrayContains(changes.entity_ids, [f.entity]) : undefined,
    f.kind ? eq(changes.kind, f.kind) : undefined,
    f.table ? eq(changes.table_name, f.table) : undefined,
    f.record ? or(eq(changes.record_id, f.record), eq(changes.previous_id, f.record)) : undefined,
    after ? or(lt(changes.release_seq, after[0]!), and(eq(changes.release_seq, after[0]!), gt(changes.position, after[1]!))) : undefined,
  ];
  const rows = await db
    .select({ ...changeColumns, seq: changes.release_seq, position: changes.position })
    .from(changes)
    .innerJoin(releases, eq(releases.version, changes.release))
    .where(and(...where))
    .orderBy(desc(changes.release_seq), asc(changes.position))
    .limit(limit + 1);
  return toPage(rows, limit, (r) => [String(r.seq), String(r.position)], ({ seq: _s, position: _p, ...change }) => change);
}

/** How many changes each release made to records about an entity, newest release first. */
export async function entityChangeCounts(db: Database, entity: string): Promise<{ release: string; released_on: string; changes: number }[]> {
  return db
    .select({ release: releases.version, released_on: releases.released_on, changes: sql<number>`count(*)`.mapWith(Number) })
    .from(changes)
    .innerJoin(releases, eq(releases.version, changes.release))
    .where(arrayContains(changes.entity_ids, [entity]))
    .groupBy(releases.version, releases.released_on, releases.seq)
    .orderBy(desc(releases.seq));
}

/** The entities some change concerns, with how many, for choosing one: by English name. */
export async function changedEntities(db: Database): Promise<{ id: string; name_en: string; name_zh: string; changes: number }[]> {
  const entity = sql<string>`unnest(${changes.entity_ids})`;
  const per = db.select({ entity_id: entity.as('entity_id'), n: sql<number>`count(*)`.mapWith(Number).as('n') }).from(changes).groupBy(sql`1`).as('per');
  return db
    .select({ id: entities.id, name_en: entities.name_en, name_zh: entities.name_zh, changes: per.n })
    .from(per)
    .innerJoin(entities, eq(entities.id, per.entity_id))
    .orderBy(asc(entities.name_en));
}
