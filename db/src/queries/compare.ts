import type { Entity, Figure, Metric } from '@aiwatch/data/schemas';
import type { Database } from '../client.ts';
import { getEntitiesByIds } from './entities.ts';
import { figuresOfEntities } from './figures.ts';
import { getMetricsByIds } from './metrics.ts';

export const MIN_COMPARE = 2;
export const MAX_COMPARE = 6;

export interface ComparedMetric {
  metric: Metric;
  /** One cell per compared entity, in the order asked; empty when the entity has no such figure. */
  cells: { entity_id: string; figures: Figure[] }[];
}

export type ComparabilityAspect = 'date' | 'source' | 'qualifier' | 'period' | 'missing';

export interface ComparabilityNote {
  metric: string;
  aspect: ComparabilityAspect;
  entity_ids: string[];
  /** The distinct values of the aspect among the compared figures. */
  values: (string | null)[];
}

export interface Comparison {
  entities: Entity[];
  metrics: ComparedMetric[];
  comparability: ComparabilityNote[];
  /** Requested ids that match no entity. */
  missing: string[];
}

const aspects: [Exclude<ComparabilityAspect, 'missing'>, (f: Figure) => string | null][] = [
  ['date', (f) => f.as_of],
  ['source', (f) => f.source_id],
  ['qualifier', (f) => f.qualifier],
  ['period', (f) => f.period],
];

function notesFor(row: ComparedMetric): ComparabilityNote[] {
  const present = row.cells.filter((c) => c.figures.length > 0);
  const notes: ComparabilityNote[] = [];
  const absent = row.cells.filter((c) => c.figures.length === 0).map((c) => c.entity_id);
  if (absent.length > 0) notes.push({ metric: row.metric.id, aspect: 'missing', entity_ids: absent, values: [] });
  if (present.length < 2) return notes;
  const all = present.flatMap((c) => c.figures);
  for (const [aspect, read] of aspects) {
    const values = [...new Set(all.map(read))];
    if (values.length > 1) {
      notes.push({ metric: row.metric.id, aspect, entity_ids: present.map((c) => c.entity_id), values });
    }
  }
  return notes;
}

/**
 * The side-by-side record of 2–6 entities: every metric any of them has, aligned per entity, and
 * a note wherever the aligned values differ in date, source, qualifier or period, or are missing.
 */
export async function compareEntities(db: Database, ids: string[]): Promise<Comparison> {
  const unique = [...new Set(ids)];
  const [found, figs] = await Promise.all([getEntitiesByIds(db, unique), figuresOfEntities(db, unique)]);
  // Only the metrics the figures have, however many the table holds.
  const metrics = await getMetricsByIds(db, [...new Set(figs.map((f) => f.metric))]);
  const byId = new Map(found.map((e) => [e.id, e]));
  const ordered = unique.flatMap((id) => byId.get(id) ?? []);
  const rows: ComparedMetric[] = metrics.map((metric) => ({
    metric,
    cells: ordered.map((e) => ({
      entity_id: e.id,
      figures: figs.filter((f) => f.metric === metric.id && f.entity_id === e.id),
    })),
  }));
  return {
    entities: ordered,
    metrics: rows,
    comparability: rows.flatMap(notesFor),
    missing: unique.filter((id) => !byId.has(id)),
  };
}
