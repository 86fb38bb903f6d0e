import { and, arrayContains, arrayOverlaps, asc, eq, gt, gte, inArray, lte, or, type SQL } from 'drizzle-orm';
import type { Event } from '@aiwatch/data/schemas';
import type { Database } from '../client.ts';
import { eventFromRow } from '../rows.ts';
import { entities, events } from '../schema/index.ts';
import { calendarDate, type EventFilters } from './filters.ts';
import { decodeCursor, InvalidCursorError, toPage, type Page } from './pagination.ts';
import { matchesAny } from './search.ts';

/** Events are listed in time order: keyset on (date, id). */
function after(cursor: string): SQL | undefined {
  const [date = '', id = ''] = decodeCursor(cursor, 2);
  // A forged date would fail in the database (a 500) rather than as a bad cursor (a 400).
  if (!calendarDate.safeParse(date).success) throw new InvalidCursorError();
  return or(gt(events.date, date), and(eq(events.date, date), gt(events.id, id)));
}

export async function listEvents(db: Database, f: Partial<EventFilters> = {}): Promise<Page<Event>> {
  const limit = f.limit ?? 50;
  const members = f.group
    ? (await db.select({ id: entities.id }).from(entities).where(arrayContains(entities.group_ids, [f.group]))).map(
        (r) => r.id,
      )
    : [];
  const where: (SQL | undefined)[] = [
    f.entity ? arrayContains(events.entity_ids, [f.entity]) : undefined,
    f.group ? arrayOverlaps(events.entity_ids, [f.group, ...members]) : undefined,
    f.kind ? eq(events.kind, f.kind) : undefined,
    f.source ? eq(events.source_id, f.source) : undefined,
    f.from ? gte(events.date, f.from) : undefined,
    f.to ? lte(events.date, f.to) : undefined,
    f.q ? matchesAny(f.q, [events.title_en, events.title_zh, events.source_text]) : undefined,
    f.cursor ? after(f.cursor) : undefined,
  ];
  const rows = await db
    .select()
    .from(events)
    .where(and(...where))
    .orderBy(asc(events.date), asc(events.id))
    .limit(limit + 1);
  return toPage(rows, limit, (r) => [r.date, r.id], eventFromRow);
}

export async function getEvent(db: Database, id: string): Promise<Event | null> {
  const [row] = await db.select().from(events).where(eq(events.id, id));
  return row ? eventFromRow(row) : null;
}

export async function eventsOfEntity(db: Database, id: string): Promise<Event[]> {
  const rows = await db
    .select()
    .from(events)
    .where(arrayContains(events.entity_ids, [id]))
    .orderBy(asc(events.date), asc(events.id));
  return rows.map(eventFromRow);
}

/** Every event about any of `ids` or of one of `kinds`, in time order. */
export async function eventsOfEntitiesOrKinds(db: Database, ids: string[], kinds: Event['kind'][]): Promise<Event[]> {
  if (ids.length === 0 && kinds.length === 0) return [];
  const rows = await db
    .select()
    .from(events)
    .where(or(ids.length > 0 ? arrayOverlaps(events.entity_ids, ids) : undefined, kinds.length > 0 ? inArray(events.kind, kinds) : undefined))
    .orderBy(asc(events.date), asc(events.id));
  return rows.map(eventFromRow);
}
