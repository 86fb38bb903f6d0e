import { and, asc, count, eq, gt, inArray, or, sql, type SQL } from 'drizzle-orm';
import { z } from 'zod';
import { agreements, companyMetrics, ranks, type CompanyFact, type FactGroup } from '@aiwatch/data/schemas';
import type { Database } from '../client.ts';
import { companyFacts, factGroups } from '../schema/index.ts';
import { checkRange, rangeEnd, rangeMessage, rangeStart, slug } from './filters.ts';
import { decodeCursor, paginationSchema, toPage, type Page } from './pagination.ts';

const range = {
  from: rangeStart.optional().describe('Facts whose date (at its own precision) reaches this year, month or day (YYYY, YYYY-MM or YYYY-MM-DD) or later.'),
  to: rangeEnd.optional().describe('Facts whose date (at its own precision) begins on or before this year, month or day (YYYY, YYYY-MM or YYYY-MM-DD).'),
};

export const companyFactFiltersSchema = paginationSchema
  .extend({
    entity: slug.optional().describe('Figures about this company (its products and segments included) or about this product.'),
    metric: z.enum(companyMetrics).optional().describe('Metric, e.g. valuation_post_money.'),
    rank: z.enum(ranks).optional().describe('preferred (the values shown), normal or deprecated.'),
    group: slug.optional().describe('The claims of one fact.'),
    source: slug.optional().describe('Article id.'),
    ...range,
  })
  .refine(checkRange, rangeMessage);
export type CompanyFactFilters = z.infer<typeof companyFactFiltersSchema>;

export const factGroupFiltersSchema = paginationSchema
  .extend({
    entity: slug.optional().describe('Facts about this company (its products and segments included) or this product.'),
    metric: z.enum(companyMetrics).optional().describe('Metric, e.g. market_cap.'),
    agreement: z.enum(agreements).optional().describe('agree, conflict or alone.'),
    ...range,
  })
  .refine(checkRange, rangeMessage);
export type FactGroupFilters = z.infer<typeof factGroupFiltersSchema>;

/** A partial date (`2025`, `2025-06`) overlaps a day range when its own prefix of the bounds allows it. */
const asOfFrom = (column: typeof companyFacts.as_of | typeof factGroups.as_of, from: string) => sql`${column} >= left(${from}, length(${column}))`;
const asOfTo = (column: typeof companyFacts.as_of | typeof factGroups.as_of, to: string) => sql`${column} <= left(${to}, length(${column}))`;

const asFact = (row: typeof companyFacts.$inferSelect) => row as CompanyFact;
const asGroup = (row: typeof factGroups.$inferSelect) => row as FactGroup;

export async function listCompanyFacts(db: Database, f: Partial<CompanyFactFilters> = {}): Promise<Page<CompanyFact>> {
  const limit = f.limit ?? 50;
  const where: (SQL | undefined)[] = [
    f.entity ? or(eq(companyFacts.entity_id, f.entity), eq(companyFacts.company_id, f.entity)) : undefined,
    f.metric ? eq(companyFacts.metric, f.metric) : undefined,
    f.rank ? eq(companyFacts.rank, f.rank) : undefined,
    f.group ? eq(companyFacts.group_id, f.group) : undefined,
    f.source ? eq(companyFacts.source_id, f.source) : undefined,
    f.from ? asOfFrom(companyFacts.as_of, f.from) : undefined,
    f.to ? asOfTo(companyFacts.as_of, f.to) : undefined,
    f.cursor ? gt(companyFacts.id, decodeCursor(f.cursor, 1)[0] ?? '') : undefined,
  ];
  const rows = await db.select().from(companyFacts).where(and(...where)).orderBy(asc(companyFacts.id)).limit(limit + 1);
  return toPage(rows, limit, (r) => [r.id], asFact);
}

export async function getCompanyFact(db: Database, id: string): Promise<CompanyFact | null> {
  const [row] = await db.select().from(companyFacts).where(eq(companyFacts.id, id));
  return row ? asFact(row) : null;
}

export async function listFactGroups(db: Database, f: Partial<FactGroupFilters> = {}): Promise<Page<FactGroup>> {
  const limit = f.limit ?? 50;
  const where: (SQL | undefined)[] = [
    f.entity ? or(eq(factGroups.entity_id, f.entity), eq(factGroups.company_id, f.entity)) : undefined,
    f.metric ? eq(factGroups.metric, f.metric) : undefined,
    f.agreement ? eq(factGroups.agreement, f.agreement) : undefined,
    f.from ? asOfFrom(factGroups.as_of, f.from) : undefined,
    f.to ? asOfTo(factGroups.as_of, f.to) : undefined,
    f.cursor ? gt(factGroups.id, decodeCursor(f.cursor, 1)[0] ?? '') : undefined,
  ];
  const rows = await db.select().from(factGroups).where(and(...where)).orderBy(asc(factGroups.id)).limit(limit + 1);
  return toPage(rows, limit, (r) => [r.id], asGroup);
}

export interface FactGroupDetail extends FactGroup {
  facts: CompanyFact[];
}

export async function getFactGroup(db: Database, id: string): Promise<FactGroupDetail | null> {
  const [row] = await db.select().from(factGroups).where(eq(factGroups.id, id));
  if (!row) return null;
  const facts = await db.select().from(companyFacts).where(eq(companyFacts.group_id, id)).orderBy(asc(companyFacts.id));
  return { ...asGroup(row), facts: facts.map(asFact) };
}

/** Every fact about some entities — a company's own and its products' and segments', or a product's — with all their claims. */
export async function factsOfCompanies(db: Database, ids: string[]): Promise<{ groups: FactGroup[]; facts: CompanyFact[] }> {
  if (ids.length === 0) return { groups: [], facts: [] };
  const list = sql.join(ids.map((id) => sql`${id}`), sql`, `);
  const [groups, facts] = await Promise.all([
    db
      .select()
      .from(factGroups)
      .where(sql`${factGroups.company_id} in (${list}) or ${factGroups.entity_id} in (${list})`)
      .orderBy(asc(factGroups.as_of), asc(factGroups.id)),
    db
      .select()
      .from(companyFacts)
      .where(sql`${companyFacts.company_id} in (${list}) or ${companyFacts.entity_id} in (${list})`)
      .orderBy(asc(companyFacts.as_of), asc(companyFacts.id)),
  ]);
  return { groups: groups.map(asGroup), facts: facts.map(asFact) };
}

/** One page of the facts whose reports disagree, largest spread (high / low) first, with all their claims; and how many there are. */
export async function conflictingGroups(db: Database, page: { offset: number; limit: number }): Promise<{ items: FactGroupDetail[]; total: number }> {
  const conflict = eq(factGroups.agreement, 'conflict');
  const groups = await db
    .select({ group: factGroups, total: sql<number>`count(*) over ()`.mapWith(Number) })
    .from(factGroups)
    .where(conflict)
    .orderBy(sql`${factGroups.high} / nullif(${factGroups.low}, 0) desc nulls first`, asc(factGroups.id))
    .offset(page.offset)
    .limit(page.limit);
  const total = groups[0]?.total ?? (await db.select({ n: count() }).from(factGroups).where(conflict))[0]?.n ?? 0;
  if (groups.length === 0) return { items: [], total };
  const facts = await db
    .select()
    .from(companyFacts)
    .where(inArray(companyFacts.group_id, groups.map((g) => g.group.id)))
    .orderBy(asc(companyFacts.id));
  // Grouped in one pass: filtering every fact for each group grew with the square of the conflicts.
  const factsOf = new Map<string, CompanyFact[]>();
  for (const f of facts) {
    const mine = factsOf.get(f.group_id);
    if (mine) mine.push(asFact(f));
    else factsOf.set(f.group_id, [asFact(f)]);
  }
  return { items: groups.map(({ group: g }) => ({ ...asGroup(g), facts: factsOf.get(g.id) ?? [] })), total };
}

/** How many facts agree, conflict or rest on one report, and how many reports are set aside as evident errors: counted in the database. */
export async function agreementCounts(db: Database): Promise<Record<FactGroup['agreement'], number> & { deprecated: number }> {
  const [byAgreement, [deprecated]] = await Promise.all([
    db.select({ agreement: factGroups.agreement, n: count() }).from(factGroups).groupBy(factGroups.agreement),
    db.select({ n: count() }).from(companyFacts).where(eq(companyFacts.rank, 'deprecated')),
  ]);
  const counted = (a: FactGroup['agreement']) => byAgreement.find((r) => r.agreement === a)?.n ?? 0;
  return { agree: counted('agree'), conflict: counted('conflict'), alone: counted('alone'), deprecated: deprecated?.n ?? 0 };
}
