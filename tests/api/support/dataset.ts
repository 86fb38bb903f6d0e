import { z } from 'zod';
import { dataset, type Dataset } from '@aiwatch/data';
import { withSpan } from '@aiwatch/data/dates';
import {
  entitySchema,
  spannedEventSchema,
  figureSchema,
  metricSchema,
  modelSchema,
  companyFactSchema,
  factGroupSchema,
  relationSchema,
  sourceSchema,
  type Entity,
  type Model,
} from '@aiwatch/data/schemas';

export type CollectionName = keyof Dataset;
/** The dataset as the API serves it: each event with the span its date covers. */
export const servedDataset: Dataset = { ...dataset, events: dataset.events.map(withSpan) };

export const collectionNames: CollectionName[] = ['sources', 'entities', 'figures', 'events', 'relations', 'metrics', 'models', 'company_facts', 'fact_groups'];

/** The packages/data schema of one record of each collection. */
export const recordSchemas: Record<CollectionName, z.ZodType<{ id: string }>> = {
  sources: sourceSchema,
  entities: entitySchema,
  figures: figureSchema,
  events: spannedEventSchema,
  relations: relationSchema,
  metrics: metricSchema,
  models: modelSchema,
  company_facts: companyFactSchema,
  fact_groups: factGroupSchema,
};

export const entityDetailSchema = entitySchema
  .safeExtend({
    figures: z.array(figureSchema),
    events: z.array(spannedEventSchema),
    relations: z.array(relationSchema),
    models: z.array(modelSchema),
    members: z.array(entitySchema),
    related: z.array(entitySchema),
    sources: z.array(sourceSchema),
  })
  .strict();

export const sourceDetailSchema = sourceSchema
  .extend({ figures: z.array(figureSchema), events: z.array(spannedEventSchema), relations: z.array(relationSchema) })
  .strict();

/** Case-insensitive substring search, as the API's `q` promises. */
export function mentions(q: string, fields: readonly (string | null)[]): boolean {
  const needle = q.toLowerCase();
  return fields.some((f) => f !== null && f.toLowerCase().includes(needle));
}

/** Ids of the members of a group in `data`. */
export function memberIds(data: Dataset, group: string): string[] {
  return data.entities.filter((e) => e.group_ids.includes(group)).map((e) => e.id);
}

/** What `GET /v1/entities/{id}` should embed, computed from the dataset. */
export function expectedEntityDetail(data: Dataset, entity: Entity) {
  const id = entity.id;
  const figures = data.figures.filter((f) => f.entity_id === id);
  const events = data.events.filter((e) => e.entity_ids.includes(id));
  const relations = data.relations.filter((r) => r.subject_id === id || r.object_id === id);
  const members = data.entities.filter((e) => e.group_ids.includes(id));
  const newestFirst = (a: Model, b: Model) =>
    (b.published_on ?? '').localeCompare(a.published_on ?? '') || (a.id < b.id ? -1 : 1);
  const models = data.models.filter((m) => m.developers.some((d) => d.entity_id === id)).sort(newestFirst);
  const relatedIds = new Set([
    ...relations.flatMap((r) => [r.subject_id, r.object_id]),
    ...events.flatMap((e) => e.entity_ids),
    ...entity.group_ids,
    ...(entity.hq ? [entity.hq] : []),
  ]);
  relatedIds.delete(id);
  const cited = new Set([...figures, ...events, ...relations, ...models].map((c) => c.source_id));
  return {
    ...entity,
    figures,
    events,
    relations,
    models,
    members,
    related: data.entities.filter((e) => relatedIds.has(e.id)),
    sources: data.sources.filter((s) => cited.has(s.id)),
  };
}
