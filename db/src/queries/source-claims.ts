import { and, asc, count, eq, inArray, sql } from 'drizzle-orm';
import type { Event, Figure, Relation, Review } from '@aiwatch/data/schemas';
import type { Database } from '../client.ts';
import { eventFromRow, figureFromRow, relationFromRow } from '../rows.ts';
import { events, figures, relations, sources } from '../schema/index.ts';
import { claimKeys, claimTables, readingOrder, type ClaimCollection, type ClaimScope } from './claim-keys.ts';
import { perDatasetVersion } from './per-dataset-version.ts';
import { claimsOfDocuments } from './source-documents.ts';

export type { ClaimCollection, ClaimScope } from './claim-keys.ts';

/**
 * The claims of sources in reading order, a page at a time: the Sources page's queries. Ordered,
 * counted and cut in the database, so a page's cost follows what it shows, not how many claims
 * there are.
 */

export type SourceClaimRow =
  | { collection: 'figures'; claim: Figure }
  | { collection: 'events'; claim: Event }
  | { collection: 'relations'; claim: Relation };

/**
 * One page of the scope's claims, in reading order, and how many there are. Every document's
 * claims are read as one list, document after document: the page reads only the documents it
 * falls in (their places counted once per dataset version), not the claims before them.
 */
export async function sourceClaimsPage(
  db: Database,
  scope: ClaimScope,
  page: { offset: number; limit: number },
): Promise<{ items: SourceClaimRow[]; total: number }> {
  if (scope.source || scope.sources) return claimsPage(db, scope, page);
  const { documents, total } = await claimsOfDocuments(db, scope.status ?? null, page);
  if (documents.length === 0) return { items: [], total };
  const within = await claimsPage(db, { sources: documents.map((d) => d.id), status: scope.status }, { offset: page.offset - documents[0]!.before, limit: page.limit });
  return { items: within.items, total };
}

async function claimsPage(db: Database, scope: ClaimScope, page: { offset: number; limit: number }): Promise<{ items: SourceClaimRow[]; total: number }> {
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
export async function claimCounts(db: Database, scope: Pick<ClaimScope, 'source' | 'sources'>): Promise<ClaimCount[]> {
  if (scope.sources?.length === 0) return [];
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

/**
 * How many claims of the scope have each review status: the Sources page's counts, whatever it
 * lists (read once per dataset version: every document's are counted over every claim).
 */
export const claimStatusCounts = perDatasetVersion(async (db: Database, scope: Pick<ClaimScope, 'source'>): Promise<{ status: Review['status']; claims: number }[]> => {
  const claims = claimKeys(db, scope);
  return db.select({ status: claims.status, claims: count() }).from(claims).groupBy(claims.status).orderBy(asc(claims.status));
});
