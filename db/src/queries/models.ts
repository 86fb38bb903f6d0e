import { and, arrayContains, asc, count, eq, gt, gte, lte, sql, type SQL } from 'drizzle-orm';
import { z } from 'zod';
import type { Model } from '@aiwatch/data/schemas';
import type { Database } from '../client.ts';
import { modelFromRow } from '../rows.ts';
import { models } from '../schema/index.ts';
import { modelSearchText } from '../schema/models.ts';
import { checkRange, rangeEnd, rangeMessage, rangeStart, slug } from './filters.ts';
import { decodeCursor, paginationSchema, toPage, type Page } from './pagination.ts';
import { perDatasetVersion } from './per-dataset-version.ts';
import { searchMatches } from './search.ts';

const label = z.string().trim().min(1).max(100, 'must be at most 100 characters').refine((s) => !s.includes('\0'), 'must not contain NUL');

/** Filters every list of models takes (API and dashboard alike). */
export const modelFilterShape = {
  developer: slug.optional().describe('Models this entity developed (alone or with others), e.g. deepseek.'),
  country: label.optional().describe('Models with a developer in this country, as the dataset writes it, e.g. China.'),
  domain: label.optional().describe('Models in this domain, e.g. Language.'),
  accessibility: label.optional().describe('How the model can be used, e.g. "Open weights (unrestricted)".'),
  open_weights: z.enum(['true', 'false']).optional().describe('Only models whose weights are (true) or are not (false) published.'),
  from: rangeStart.optional().describe('Published on or after this year, month or day (YYYY, YYYY-MM or YYYY-MM-DD).'),
  to: rangeEnd.optional().describe('Published on or before this year, month or day (YYYY, YYYY-MM or YYYY-MM-DD).'),
  q: label.optional().describe('Search model names and developer names.'),
};
export const modelFiltersSchema = paginationSchema
  .extend(modelFilterShape)
  .refine(checkRange, rangeMessage);
export type ModelFilters = z.infer<typeof modelFiltersSchema>;
type Filters = Partial<Omit<ModelFilters, 'limit' | 'cursor'>>;

function conditions(f: Filters): (SQL | undefined)[] {
  return [
    f.developer ? arrayContains(models.developer_ids, [f.developer]) : undefined,
    f.country ? arrayContains(models.countries, [f.country]) : undefined,
    f.domain ? arrayContains(models.domains, [f.domain]) : undefined,
    f.accessibility ? eq(models.accessibility, f.accessibility) : undefined,
    f.open_weights ? eq(models.open_weights, f.open_weights === 'true') : undefined,
    f.from ? gte(models.published_on, f.from) : undefined,
    f.to ? lte(models.published_on, f.to) : undefined,
    f.q ? searchMatches(modelSearchText(models), f.q) : undefined,
  ];
}

/** One page of models in id order, one more than `limit` to tell whether another follows (exported for the test that reads its plan). */
export function modelPageQuery(db: Database, f: Partial<ModelFilters>) {
  const where = and(...conditions(f), f.cursor ? gt(models.id, decodeCursor(f.cursor, 1)[0] ?? '') : undefined);
  const limit = (f.limit ?? 50) + 1;
  if (!f.q || f.q.length < 3) return db.select().from(models).where(where).orderBy(asc(models.id)).limit(limit);
  // A search's matches lie together in id order (ids follow names), and the planner, expecting
  // them spread evenly, would walk the id index through every model before them to fill a page.
  // So the matches are read apart, through the trigram index, then sorted: a subquery with a LIMIT
  // (one no table reaches; drizzle leaves out OFFSET 0, the usual fence) is never merged into the
  // query around it. Under three characters there is no trigram to look up.
  const matches = db.select().from(models).where(where).limit(Number.MAX_SAFE_INTEGER).as('matches');
  return db.select().from(matches).orderBy(asc(matches.id)).limit(limit);
}

export async function listModels(db: Database, f: Partial<ModelFilters> = {}): Promise<Page<Model>> {
  return toPage(await modelPageQuery(db, f), f.limit ?? 50, (r) => [r.id], modelFromRow);
}

export async function getModel(db: Database, id: string): Promise<Model | null> {
  const [row] = await db.select().from(models).where(eq(models.id, id));
  return row ? modelFromRow(row) : null;
}

export const modelSorts = ['published_on', 'name', 'parameters', 'training_compute'] as const;
export type ModelSort = (typeof modelSorts)[number];

export interface ModelTable {
  items: Model[];
  /** Models matching the filters, over all pages. */
  total: number;
}

/**
 * One page of models for a table a person reads: sorted by any column (missing values last, id as
 * the tie-break so pages never overlap), numbered pages rather than cursors.
 */
export async function modelTablePage(
  db: Database,
  f: Filters,
  sort: { by: ModelSort; dir: 'asc' | 'desc' },
  page: { offset: number; limit: number },
): Promise<ModelTable> {
  const [items, total] = await Promise.all([sortedModels(db, f, sort, page), countModels(db, f)]);
  return { items, total };
}

/** Models matching the filters: every page of a view asks, and the count reads every match (once per dataset version). */
const countModels = perDatasetVersion(async (db: Database, f: Filters) => {
  const [total] = await db.select({ n: count() }).from(models).where(and(...conditions(f)));
  return total?.n ?? 0;
});

/** One page of a table of models (exported for the test that reads its plan). */
export function modelTableQuery(db: Database, f: Filters, sort: { by: ModelSort; dir: 'asc' | 'desc' }, page: { offset: number; limit: number }) {
  const column = models[sort.by];
  const order = sort.dir === 'asc' ? sql`${column} asc nulls last` : sql`${column} desc nulls last`;
  return db.select().from(models).where(and(...conditions(f))).orderBy(order, asc(models.id)).offset(page.offset).limit(page.limit);
}

const sortedModels = (...args: Parameters<typeof modelTableQuery>) => modelTableQuery(...args).then((rows) => rows.map(modelFromRow));

/** Every model matching the filters, in table order, `batch` at a time (for CSV downloads of a view). */
export async function* modelTableRows(db: Database, f: Filters, sort: { by: ModelSort; dir: 'asc' | 'desc' }, batch = 1000) {
  for (let offset = 0; ; offset += batch) {
    // No count: a download needs the rows, not how many pages they fill.
    const items = await sortedModels(db, f, sort, { offset, limit: batch });
    yield items;
    if (items.length < batch) return;
  }
}

export interface ModelFacets {
  /** Entities credited on models, by how many. */
  developers: { value: string; models: number }[];
  countries: { value: string; models: number }[];
  domains: { value: string; models: number }[];
  accessibility: { value: string; models: number }[];
  years: { first: number | null; last: number | null };
}

/** The values the filters offer, with how many models carry each (read once per dataset version). */
export const modelFacets = perDatasetVersion(async (db: Database): Promise<ModelFacets> => {
  const unnest = (column: typeof models.countries | typeof models.domains | typeof models.developer_ids) =>
    db
      .select({ value: sql<string>`v`, models: sql<number>`count(*)::int` })
      .from(sql`${models}, unnest(${column}) as v`)
      .groupBy(sql`v`)
      .orderBy(sql`count(*) desc`, sql`v`);
  const [developers, countries, domains, accessibility, [years]] = await Promise.all([
    unnest(models.developer_ids),
    unnest(models.countries),
    unnest(models.domains),
    db
      .select({ value: sql<string>`${models.accessibility}`, models: sql<number>`count(*)::int` })
      .from(models)
      .where(sql`${models.accessibility} is not null`)
      .groupBy(models.accessibility)
      .orderBy(sql`count(*) desc`),
    db
      .select({
        first: sql<number | null>`min(extract(year from ${models.published_on}))::int`,
        last: sql<number | null>`max(extract(year from ${models.published_on}))::int`,
      })
      .from(models),
  ]);
  return { developers, countries, domains, accessibility, years: years ?? { first: null, last: null } };
});

