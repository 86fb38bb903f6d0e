import { and, arrayContains, arrayOverlaps, asc, count, countDistinct, desc, eq, gt, gte, inArray, lte, or, sql, type SQL } from 'drizzle-orm';
import type { Event, SpannedEvent } from '@aiwatch/data/schemas';
import type { Database } from '../client.ts';
import { eventFromRow } from '../rows.ts';
import { eventSearchText } from '../schema/events.ts';
import { entities, events } from '../schema/index.ts';
import { calendarDate, type EventFilters } from './filters.ts';
import { decodeCursor, InvalidCursorError, toPage, type Page } from './pagination.ts';
import { perDatasetVersion } from './per-dataset-version.ts';
import { entitiesNamed, searchMatches } from './search.ts';

/** Events are listed in time order, by the first day each covers: keyset on (date_start, id). */
function after(cursor: string): SQL | undefined {
  const [start = '', id = ''] = decodeCursor(cursor, 2);
  // A forged date would fail in the database (a 500) rather than as a bad cursor (a 400).
  if (!calendarDate.safeParse(start).success) throw new InvalidCursorError();
  return or(gt(events.date_start, start), and(eq(events.date_start, start), gt(events.id, id)));
}

/**
 * Events whose span overlaps the days from `from` to `to` (both included, either open): "late
 * 1980s" (1985–1989) is in 1988, and in 1989–1995, but not in 1980–1984.
 */
function overlapsRange(from: string | undefined, to: string | undefined): SQL | undefined {
  return and(from ? gte(events.date_end, from) : undefined, to ? lte(events.date_start, to) : undefined);
}

/** Events whose titles or text, or the names and aliases of an entity they involve, contain `q`. */
export const eventMatches = (q: string): SQL | undefined =>
  or(searchMatches(eventSearchText(events), q), sql`${events.entity_ids} && ${entitiesNamed(q)}`);

/** The conditions of the filters (not the cursor): the list and the grouped pages read the same events. */
async function eventConditions(db: Database, f: Partial<EventFilters>): Promise<SQL | undefined> {
  const members = f.group
    ? (await db.select({ id: entities.id }).from(entities).where(arrayContains(entities.group_ids, [f.group]))).map(
        (r) => r.id,
      )
    : [];
  return and(
    f.entity ? arrayContains(events.entity_ids, [f.entity]) : undefined,
    f.group ? arrayOverlaps(events.entity_ids, [f.group, ...members]) : undefined,
    f.kind ? eq(events.kind, f.kind) : undefined,
    f.source ? eq(events.source_id, f.source) : undefined,
    overlapsRange(f.from, f.to),
    f.q ? eventMatches(f.q) : undefined,
  );
}

export async function listEvents(db: Database, f: Partial<EventFilters> = {}): Promise<Page<SpannedEvent>> {
  const limit = f.limit ?? 50;
  const rows = await db
    .select()
    .from(events)
    .where(and(await eventConditions(db, f), f.cursor ? after(f.cursor) : undefined))
    .orderBy(asc(events.date_start), asc(events.id))
    .limit(limit + 1);
  return toPage(rows, limit, (r) => [r.date_start, r.id], eventFromRow);
}

/**
 * One page of the events the filters match, each event once with every claim stating it (several
 * sources may report one launch: same kind, date, title and entities), in time order, and how many
 * there are. Grouped, ordered and cut in the database.
 */
export async function eventGroupsPage(
  db: Database,
  f: Omit<Partial<EventFilters>, 'cursor' | 'limit'>,
  page: { offset: number; limit: number },
): Promise<{ items: SpannedEvent[][]; total: number }> {
  const where = await eventConditions(db, f);
  const keyed = db
    .select({
      id: events.id,
      date_start: events.date_start,
      // What makes two claims one event; the entities in a fixed order, however each claim lists them.
      same: sql<string>`concat_ws('|', ${events.kind}, ${events.date}, ${events.date_precision}, ${events.date_qualifier}, ${events.title_en}, array_to_string(array(select unnest(${events.entity_ids}) order by 1), ','))`.as('same'),
    })
    .from(events)
    .where(where)
    .as('keyed');
  const groups = await db
    .select({ ids: sql<string[]>`array_agg(${keyed.id} order by ${keyed.id})`, total: sql<number>`count(*) over ()`.mapWith(Number) })
    .from(keyed)
    .groupBy(keyed.same)
    .orderBy(sql`min(${keyed.date_start})`, sql`min(${keyed.id} collate "C")`)
    .offset(page.offset)
    .limit(page.limit);
  const total = groups[0]?.total ?? (await db.select({ n: countDistinct(keyed.same) }).from(keyed))[0]?.n ?? 0;
  const ids = groups.flatMap((g) => g.ids);
  const found = new Map((ids.length ? await db.select().from(events).where(inArray(events.id, ids)) : []).map((r) => [r.id, eventFromRow(r)]));
  return { items: groups.map((g) => g.ids.flatMap((id) => found.get(id) ?? [])), total };
}

/**
 * The `limit` entities the most events involve (then by id), each with its number of events, and
 * how many entities events involve: the timeline's "involving" choices (read once per dataset
 * version, as counting them reads every event).
 */
export const mostEventfulEntities = perDatasetVersion(async (db: Database, limit: number): Promise<{ items: { id: string; events: number }[]; total: number }> => {
  const involved = db
    .select({ id: sql<string>`unnest(${events.entity_ids})`.as('id') })
    .from(events)
    .as('involved');
  const [items, [total]] = await Promise.all([
    db
      .select({ id: involved.id, events: count() })
      .from(involved)
      .groupBy(involved.id)
      .orderBy(desc(count()), sql`${involved.id} collate "C"`)
      .limit(limit),
    db.select({ n: countDistinct(involved.id) }).from(involved),
  ]);
  return { items, total: total?.n ?? 0 };
});

export async function getEvent(db: Database, id: string): Promise<SpannedEvent | null> {
  const [row] = await db.select().from(events).where(eq(events.id, id));
  return row ? eventFromRow(row) : null;
}

export async function eventsOfEntity(db: Database, id: string): Promise<SpannedEvent[]> {
  const rows = await db
    .select()
    .from(events)
    .where(arrayContains(events.entity_ids, [id]))
    .orderBy(asc(events.date_start), asc(events.id));
  return rows.map(eventFromRow);
}

/** Every event about any of `ids` or of one of `kinds`, in time order. */
export async function eventsOfEntitiesOrKinds(db: Database, ids: string[], kinds: Event['kind'][]): Promise<SpannedEvent[]> {
  if (ids.length === 0 && kinds.length === 0) return [];
  const rows = await db
    .select()
    .from(events)
    .where(or(ids.length > 0 ? arrayOverlaps(events.entity_ids, ids) : undefined, kinds.length > 0 ? inArray(events.kind, kinds) : undefined))
    .orderBy(asc(events.date_start), asc(events.id));
  return rows.map(eventFromRow);
}
