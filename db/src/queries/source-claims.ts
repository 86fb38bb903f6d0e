import { and, asc, count, eq, inArray, sql, type SQL } from 'drizzle-orm';
import { unionAll } from 'drizzle-orm/pg-core';
import type { Event, Figure, Relation, Review } from '@aiwatch/data/schemas';
import type { Database } from '../client.ts';
import { eventFromRow, figureFromRow, relationFromRow } from '../rows.ts';
import { events, figures, relations, sources } from '../schema/index.ts';

/**
 * The claims of sources in reading order, a page at a time: the Sources page's queries. Figures,
 * events and relations are read as one list (a union of the three tables), ordered, counted and
 * cut in the database, so a page's cost follows what it shows, not how many claims there are.
 */

export type ClaimCollection = 'figures' | 'events' | 'relations';

export type SourceClaimRow =
  | { collection: 'figures'; claim: Figure }
  | { collection: 'events'; claim: Event }
  | { collection: 'relations'; claim: Relation };

export interface ClaimScope {
  /** One source's claims; without it, every document's (news articles and dataset releases are left out). */
  source?: string | undefined;
  status?: Review['status'] | undefined;
}

const claimTables = [
  { collection: 'figures', table: figures },
  { collection: 'events', table: events },
  { collection: 'relations', table: relations },
] as const;

/** One row per claim of the scope: enough to order, count and then fetch it. */
function claimKeys(db: Database, scope: ClaimScope) {
  const documents = db.select({ id: sources.id }).from(sources).where(eq(sources.kind, 'document'));
  const select = (rank: 0 | 1 | 2) => {
    const { collection, table } = claimTables[rank];
    return db
      .select({
        collection: sql<ClaimCollection>`${sql.raw(`'${collection}'`)}`.as('collection'),
        rank: sql<number>`${sql.raw(String(rank))}`.as('rank'),
        id: table.id,
        source_id: table.source_id,
        locator: table.locator,
        status: table.review_status,
        // Events in date order within a section, as a document's own chronology reads.
        date: (collection === 'events' ? sql<string | null>`${events.date}` : sql<string | null>`null::date`).as('date'),
      })
      .from(table)
      .where(
        and(
          scope.source ? eq(table.source_id, scope.source) : inArray(table.source_id, documents),
          scope.status ? eq(table.review_status, scope.status) : undefined,
        ),
      );
  };
  return unionAll(select(0), select(1), select(2)).as('claims');
}

type Keys = ReturnType<typeof claimKeys>;

/** Reading order: source, the section as the document orders them (others after, by name), figures, events (by date), relations, id. */
const readingOrder = (claims: Keys): SQL[] => [
  sql`${claims.source_id} collate "C"`,
  sql`array_position(${sources.sections}, ${claims.locator}) nulls last`,
  sql`${claims.locator} collate "C"`,
  sql`${claims.rank}`,
  sql`${claims.date}`,
  sql`${claims.id} collate "C"`,
];

/** One page of the scope's claims, in reading order, and how many there are. */
export async function sourceClaimsPage(
  db: Database,
  scope: ClaimScope,
  page: { offset: number; limit: number },
): Promise<{ items: SourceClaimRow[]; total: number }> {
  const claims = claimKeys(db, scope);
  // The count rides along with the page (a window over every row); only a page past the end needs its own.
  const keys = await db
    .select({ collection: claims.collection, id: claims.id, total: sql<number>`count(*) over ()`.mapWith(Number) })
    .from(claims)
    .innerJoin(sources, eq(sources.id, claims.source_id))
    .orderBy(...readingOrder(claims))
    .offset(page.offset)
    .limit(page.limit);
  const total = keys[0]?.total ?? (await db.select({ n: count() }).from(claimKeys(db, scope)))[0]?.n ?? 0;
  const ids = (c: ClaimCollection) => keys.filter((k) => k.collection === c).map((k) => k.id);
  const [f, e, r] = await Promise.all([
    ids('figures').length ? db.select().from(figures).where(inArray(figures.id, ids('figures'))) : [],
    ids('events').length ? db.select().from(events).where(inArray(events.id, ids('events'))) : [],
    ids('relations').length ? db.select().from(relations).where(inArray(relations.id, ids('relations'))) : [],
  ]);
  const found = new Map<string, SourceClaimRow>([
    ...f.map((row) => [`figures/${row.id}`, { collection: 'figures', claim: figureFromRow(row) }] as const),
    ...e.map((row) => [`events/${row.id}`, { collection: 'events', claim: eventFromRow(row) }] as const),
    ...r.map((row) => [`relations/${row.id}`, { collection: 'relations', claim: relationFromRow(row) }] as const),
  ]);
  return { items: keys.flatMap((k) => found.get(`${k.collection}/${k.id}`) ?? []), total };
}

export interface ClaimCount {
  source_id: string;
  /** The section the claims are listed under (their first location). */
  locator: string;
  status: Review['status'];
  claims: number;
}

/** How many claims of the scope each source has, per section and review status: a few rows per document. */
export async function claimCounts(db: Database, scope: Pick<ClaimScope, 'source'>): Promise<ClaimCount[]> {
  const claims = claimKeys(db, scope);
  return db
    .select({ source_id: claims.source_id, locator: claims.locator, status: claims.status, claims: count() })
    .from(claims)
    .groupBy(claims.source_id, claims.locator, claims.status)
    .orderBy(sql`${claims.source_id} collate "C"`, sql`${claims.locator} collate "C"`, asc(claims.status));
}

/** Where a claim stands: its source, and how many of that source's claims come before it in reading order. */
export async function claimPlace(db: Database, collection: ClaimCollection, id: string): Promise<{ source_id: string; position: number } | null> {
  const { table } = claimTables.find((t) => t.collection === collection)!;
  const [claim] = await db.select({ source_id: table.source_id }).from(table).where(eq(table.id, id));
  if (!claim) return null;
  const claims = claimKeys(db, { source: claim.source_id });
  const ranked = db
    .select({
      collection: claims.collection,
      id: claims.id,
      position: sql<number>`row_number() over (order by ${sql.join(readingOrder(claims), sql`, `)}) - 1`.mapWith(Number).as('position'),
    })
    .from(claims)
    .innerJoin(sources, eq(sources.id, claims.source_id))
    .as('ranked');
  const [place] = await db
    .select({ position: ranked.position })
    .from(ranked)
    .where(and(eq(ranked.collection, collection), eq(ranked.id, id)));
  return place ? { source_id: claim.source_id, position: place.position } : null;
}
