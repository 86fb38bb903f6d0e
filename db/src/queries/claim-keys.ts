import { and, eq, inArray, sql, type SQL } from 'drizzle-orm';
import { unionAll } from 'drizzle-orm/pg-core';
import type { Review } from '@aiwatch/data/schemas';
import type { Database } from '../client.ts';
import { events, figures, relations, sources } from '../schema/index.ts';

/**
 * The claims of sources as one list: figures, events and relations read as a union of the three
 * tables, one key row per claim, with the order a reader meets them in. The Sources page's queries
 * (source-claims.ts, source-documents.ts) order, count and cut it in the database.
 */

export type ClaimCollection = 'figures' | 'events' | 'relations';

export interface ClaimScope {
  /** One source's claims; without it, every document's (news articles and dataset releases are left out). */
  source?: string | undefined;
  /** These sources' claims (with `source`, the one of them it names). */
  sources?: readonly string[] | undefined;
  status?: Review['status'] | undefined;
}

export const claimTables = [
  { collection: 'figures', table: figures },
  { collection: 'events', table: events },
  { collection: 'relations', table: relations },
] as const;

/** One row per claim of the scope: enough to order, count and then fetch it. */
export function claimKeys(db: Database, scope: ClaimScope) {
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
          scope.source ? eq(table.source_id, scope.source) : inArray(table.source_id, scope.sources ? [...scope.sources] : documents),
          scope.status ? eq(table.review_status, scope.status) : undefined,
        ),
      );
  };
  return unionAll(select(0), select(1), select(2)).as('claims');
}

type Keys = ReturnType<typeof claimKeys>;

/** Reading order: source, the section as the document orders them (others after, by name), figures, events (by date), relations, id. */
export const readingOrder = (claims: Keys): SQL[] => [
  sql`${claims.source_id} collate "C"`,
  sql`array_position(${sources.sections}, ${claims.locator}) nulls last`,
  sql`${claims.locator} collate "C"`,
  sql`${claims.rank}`,
  sql`${claims.date}`,
  sql`${claims.id} collate "C"`,
];
