import { eq, sql } from 'drizzle-orm';
import type { Review, Source } from '@aiwatch/data/schemas';
import type { Database } from '../client.ts';
import { sources } from '../schema/index.ts';
import { claimKeys } from './claim-keys.ts';
import { perDatasetVersion } from './per-dataset-version.ts';
import { getSourcesByIds } from './sources.ts';

/**
 * The documents the Sources page lists beside their claims, a stretch at a time: each with how many
 * claims of the scope it has and where they fall in the list of every document's claims (document
 * after document, by id). Counted and placed in the database once per dataset version; a page then
 * reads only the documents it shows.
 */

export interface DocumentScope {
  status?: Review['status'] | undefined;
}

/** Where a document stands among the scope's documents and their claims. */
export interface DocumentSlot {
  id: string;
  /** Its claims in the scope. */
  claims: number;
  /** The scope's claims before its first one: its place in the list of claims. */
  before: number;
  /** Its place among the scope's documents, from 0, by id. */
  index: number;
}

export interface DocumentPlace extends Omit<DocumentSlot, 'id'> {
  source: Source;
}

/**
 * Every document of the scope in order, with its claims and the claims before it, and how many
 * claims there are in all. With a status, a document without a claim of that status is not in the
 * scope (the page leaves it out). Read once per dataset version: counting reads every claim.
 */
const documentSlots = perDatasetVersion(async (db: Database, status: Review['status'] | null): Promise<{ slots: DocumentSlot[]; claims: number }> => {
  const claims = claimKeys(db, { status: status ?? undefined });
  const perSource = db
    .select({ source_id: claims.source_id, n: sql<number>`count(*)`.as('n') })
    .from(claims)
    .groupBy(claims.source_id)
    .as('per_source');
  const n = sql<number>`coalesce(${perSource.n}, 0)`;
  const rows = await db
    .select({ id: sources.id, claims: n.mapWith(Number) })
    .from(sources)
    .leftJoin(perSource, eq(perSource.source_id, sources.id))
    .where(eq(sources.kind, 'document'))
    .orderBy(sql`${sources.id} collate "C"`);
  let before = 0;
  const slots = rows
    .filter((r) => status === null || r.claims > 0)
    .map((r, index) => {
      const slot = { id: r.id, claims: r.claims, before, index };
      before += r.claims;
      return slot;
    });
  return { slots, claims: before };
});

/** The first slot whose claims end after `offset` (slots are in the order of their claims). */
function firstEndingAfter(slots: readonly DocumentSlot[], offset: number): number {
  let [low, high] = [0, slots.length];
  while (low < high) {
    const mid = (low + high) >> 1;
    if (slots[mid]!.before + slots[mid]!.claims > offset) high = mid;
    else low = mid + 1;
  }
  return low;
}

/** The documents whose claims are among the scope's claims `offset` to `offset + limit`, and how many claims the scope has. */
export async function claimsOfDocuments(
  db: Database,
  status: Review['status'] | null,
  claims: { offset: number; limit: number },
): Promise<{ documents: DocumentSlot[]; total: number }> {
  const placed = await documentSlots(db, status);
  const documents: DocumentSlot[] = [];
  for (let i = firstEndingAfter(placed.slots, claims.offset); i < placed.slots.length && placed.slots[i]!.before < claims.offset + claims.limit; i++) {
    if (placed.slots[i]!.claims > 0) documents.push(placed.slots[i]!);
  }
  return { documents, total: placed.claims };
}

async function withSources(db: Database, slots: DocumentSlot[]): Promise<DocumentPlace[]> {
  const found = new Map((await getSourcesByIds(db, slots.map((s) => s.id))).map((s) => [s.id, s]));
  return slots.flatMap(({ id, ...slot }) => {
    const source = found.get(id);
    return source ? [{ ...slot, source }] : [];
  });
}

/** Documents `offset` to `offset + limit` of the scope (by id), and how many there are. */
export async function documentsPage(db: Database, scope: DocumentScope, page: { offset: number; limit: number }): Promise<{ items: DocumentPlace[]; total: number }> {
  const { slots } = await documentSlots(db, scope.status ?? null);
  return { items: await withSources(db, slots.slice(page.offset, page.offset + page.limit)), total: slots.length };
}

/** The documents whose claims are among the scope's claims `offset` to `offset + limit`: those a page of claims shows. */
export async function documentsAtClaims(db: Database, scope: DocumentScope, claims: { offset: number; limit: number }): Promise<DocumentPlace[]> {
  return withSources(db, (await claimsOfDocuments(db, scope.status ?? null, claims)).documents);
}

/** The `limit` documents with the most claims (then by id), and how many documents there are: what a source menu offers. */
export async function mostClaimedDocuments(db: Database, limit: number): Promise<{ items: { source: Source; claims: number }[]; total: number }> {
  const { slots } = await documentsRanked(db);
  const top = await withSources(db, slots.slice(0, limit));
  return { items: top.map(({ source, claims }) => ({ source, claims })), total: slots.length };
}

/** Every document, the most claimed first (then by id); read once per dataset version. */
const documentsRanked = perDatasetVersion(async (db: Database): Promise<{ slots: DocumentSlot[] }> => {
  const { slots } = await documentSlots(db, null);
  return { slots: [...slots].sort((a, b) => b.claims - a.claims || a.index - b.index) };
});
