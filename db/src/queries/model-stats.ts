import { arrayOverlaps, asc, desc, sql } from 'drizzle-orm';
import type { Database } from '../client.ts';
import { models } from '../schema/index.ts';
import { perDatasetVersion } from './per-dataset-version.ts';

/** A model as charts plot it: when, how big, how open. */
export interface ModelPoint {
  id: string;
  name: string;
  published_on: string | null;
  parameters: number | null;
  training_compute: number | null;
  open_weights: boolean | null;
}

export interface Largest {
  value: number;
  model_id: string;
  model_name: string;
}

/** What one developer's models add up to. */
export interface DeveloperModelStats {
  entity_id: string;
  models: number;
  per_year: { year: number; models: number }[];
  largest_parameters: Largest | null;
  largest_training_compute: Largest | null;
  /** Of the models whose access is known, how many publish their weights. */
  open_weights: { open: number; known: number };
  first_release: string | null;
  latest_release: string | null;
  points: ModelPoint[];
}

const point = {
  id: models.id,
  name: models.name,
  published_on: models.published_on,
  parameters: models.parameters,
  training_compute: models.training_compute,
  open_weights: models.open_weights,
  developer_ids: models.developer_ids,
};

function largest(points: ModelPoint[], field: 'parameters' | 'training_compute'): Largest | null {
  let best: ModelPoint | null = null;
  for (const p of points) if (p[field] !== null && (best === null || p[field]! > best[field]!)) best = p;
  return best ? { value: best[field]!, model_id: best.id, model_name: best.name } : null;
}

export function statsOf(entity_id: string, points: ModelPoint[]): DeveloperModelStats {
  const years = new Map<number, number>();
  const dates = points.flatMap((p) => (p.published_on ? [p.published_on] : [])).sort();
  for (const d of dates) years.set(Number(d.slice(0, 4)), (years.get(Number(d.slice(0, 4))) ?? 0) + 1);
  const known = points.filter((p) => p.open_weights !== null);
  return {
    entity_id,
    models: points.length,
    per_year: [...years].sort((a, b) => a[0] - b[0]).map(([year, n]) => ({ year, models: n })),
    largest_parameters: largest(points, 'parameters'),
    largest_training_compute: largest(points, 'training_compute'),
    open_weights: { open: known.filter((p) => p.open_weights).length, known: known.length },
    first_release: dates[0] ?? null,
    latest_release: dates.at(-1) ?? null,
    points,
  };
}

/** Model statistics for each of `ids` (a model developed jointly counts for each developer). */
export async function developerModelStats(db: Database, ids: string[]): Promise<Map<string, DeveloperModelStats>> {
  if (ids.length === 0) return new Map();
  const rows = await db
    .select(point)
    .from(models)
    .where(arrayOverlaps(models.developer_ids, ids))
    .orderBy(asc(models.published_on), asc(models.id));
  return new Map(
    ids.map((id) => [id, statsOf(id, rows.filter((r) => r.developer_ids.includes(id)).map(({ developer_ids: _d, ...p }) => p))]),
  );
}

/** Countries the overview sets apart; every other country is "rest of the world". */
export const CHINA = 'China';
export const UNITED_STATES = 'United States of America';

export interface ModelsByYear {
  year: number;
  /** Models with a developer in China / in the US / in neither (a joint model counts in each of its countries). */
  china: number;
  united_states: number;
  rest: number;
  /** Chinese models whose access is known, and how many of them publish their weights. */
  china_known_access: number;
  china_open_weights: number;
  /** The same, over all models. */
  all_known_access: number;
  all_open_weights: number;
  /** The newest publication date that year: short of December, the year is not over in the data. */
  latest: string;
}

/** Notable models per year by country group, and the open-weights share, for the overview charts (read once per dataset version). */
export const modelsByYear = perDatasetVersion(async (db: Database): Promise<ModelsByYear[]> => {
  const cn = sql`${CHINA} = any(${models.countries})`;
  const us = sql`${UNITED_STATES} = any(${models.countries})`;
  const known = sql`${models.open_weights} is not null`;
  return db
    .select({
      year: sql<number>`extract(year from ${models.published_on})::int`,
      china: sql<number>`count(*) filter (where ${cn})::int`,
      united_states: sql<number>`count(*) filter (where ${us})::int`,
      rest: sql<number>`count(*) filter (where not ${cn} and not ${us})::int`,
      china_known_access: sql<number>`count(*) filter (where ${cn} and ${known})::int`,
      china_open_weights: sql<number>`count(*) filter (where ${cn} and ${models.open_weights})::int`,
      all_known_access: sql<number>`count(*) filter (where ${known})::int`,
      all_open_weights: sql<number>`count(*) filter (where ${models.open_weights})::int`,
      latest: sql<string>`max(${models.published_on})::text`,
    })
    .from(models)
    .where(sql`${models.published_on} is not null`)
    .groupBy(sql`1`)
    .orderBy(sql`1`);
});

/** The `limit` models of a country with the largest training compute (read once per dataset version). */
export const largestTrainingRuns = perDatasetVersion(async (db: Database, country: string, limit: number = 10): Promise<(ModelPoint & { developers: string[] })[]> => {
  const rows = await db
    .select({ ...point, developers: sql<string[]>`array(select d->>'name' from jsonb_array_elements(${models.developers}) d)` })
    .from(models)
    .where(sql`${country} = any(${models.countries}) and ${models.training_compute} is not null`)
    .orderBy(desc(models.training_compute), asc(models.id))
    .limit(limit);
  return rows.map(({ developer_ids: _d, ...r }) => r);
});
