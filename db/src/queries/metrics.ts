import { and, asc, eq, gt, inArray, type SQL } from 'drizzle-orm';
import type { Metric } from '@aiwatch/data/schemas';
import type { Database } from '../client.ts';
import { metrics } from '../schema/index.ts';
import type { MetricFilters } from './filters.ts';
import { decodeCursor, toPage, type Page } from './pagination.ts';
import { matchesAny } from './search.ts';

const asMetric = (row: typeof metrics.$inferSelect): Metric => row as Metric;

export async function listMetrics(db: Database, f: Partial<MetricFilters> = {}): Promise<Page<Metric>> {
  const limit = f.limit ?? 50;
  const where: (SQL | undefined)[] = [
    f.q ? matchesAny(f.q, [metrics.id, metrics.name_en, metrics.name_zh]) : undefined,
    f.cursor ? gt(metrics.id, decodeCursor(f.cursor, 1)[0] ?? '') : undefined,
  ];
  const rows = await db
    .select()
    .from(metrics)
    .where(and(...where))
    .orderBy(asc(metrics.id))
    .limit(limit + 1);
  return toPage(rows, limit, (r) => [r.id], asMetric);
}

export async function getMetric(db: Database, id: string): Promise<Metric | null> {
  const [row] = await db.select().from(metrics).where(eq(metrics.id, id));
  return row ? asMetric(row) : null;
}

export async function getMetricsByIds(db: Database, ids: string[]): Promise<Metric[]> {
  if (ids.length === 0) return [];
  const rows = await db.select().from(metrics).where(inArray(metrics.id, ids)).orderBy(asc(metrics.id));
  return rows.map(asMetric);
}
