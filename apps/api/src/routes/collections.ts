import type { z } from 'zod';
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
} from '@aiwatch/data/schemas';
import {
  entityFiltersSchema,
  eventFiltersSchema,
  figureFiltersSchema,
  getEntity,
  getEvent,
  getFigure,
  getMetric,
  getRelation,
  getSource,
  listEntities,
  listEvents,
  listFigures,
  listMetrics,
  listModels,
  listCompanyFacts,
  getCompanyFact,
  companyFactFiltersSchema,
  listFactGroups,
  getFactGroup,
  factGroupFiltersSchema,
  getModel,
  modelFiltersSchema,
  listRelations,
  listSources,
  metricFiltersSchema,
  relationFiltersSchema,
  sourceFiltersSchema,
  type Database,
  type Page,
  type TableName,
} from '@aiwatch/db';
import { z as zod } from 'zod';
import { resolveAlias, withAlias, type Alias } from '../http/aliases.ts';

export interface CollectionSpec {
  name: TableName;
  /** One record, in the singular, for descriptions. */
  noun: string;
  /** Stable names of its two operations in the OpenAPI document, for generated clients. */
  operationIds: { list: string; get: string };
  filters: z.ZodObject;
  item: z.ZodType;
  /** The record with its related records embedded, as `GET /v1/{name}/{id}` returns it. */
  detail: z.ZodType;
  list(db: Database, filters: Record<string, unknown>): Promise<Page<object>>;
  get(db: Database, id: string): Promise<object | null>;
}

const claims = {
  figures: zod.array(figureSchema),
  events: zod.array(spannedEventSchema),
  relations: zod.array(relationSchema),
};

const entityDetailSchema = entitySchema
  .extend({
    ...claims,
    models: zod.array(modelSchema).describe('AI models it developed, alone or with others, newest first.'),
    members: zod.array(entitySchema).describe('Members, for an entity of type group.'),
    related: zod.array(entitySchema).describe('Every entity the claims above name.'),
    sources: zod.array(sourceSchema).describe('Every document the claims above cite.'),
  })
  .meta({ id: 'EntityDetail' });

const sourceDetailSchema = sourceSchema.extend(claims).meta({ id: 'SourceDetail' });

// Filters are named after the field they filter; these kept their first name as an alias.
const eventKind: Alias = { alias: 'type', field: 'kind' };
const relationPredicate: Alias = { alias: 'type', field: 'predicate' };

const modelItemSchema = modelSchema.meta({
  id: 'Model',
  description:
    'An AI model as a release of Epoch AI’s “Data on AI Models” (CC BY 4.0) states it. Each fact is a claim of that release: locator `key › column`, source_text `cells[column]`.',
});

/** The collections of the design, each a list with filters and a record by id. */
export const collections: CollectionSpec[] = [
  {
    name: 'sources',
    operationIds: { list: 'listSources', get: 'getSource' },
    noun: 'source document',
    filters: sourceFiltersSchema,
    item: sourceSchema.meta({ id: 'Source' }),
    detail: sourceDetailSchema,
    list: (db, f) => listSources(db, f),
    get: getSource,
  },
  {
    name: 'entities',
    operationIds: { list: 'listEntities', get: 'getEntity' },
    noun: 'entity',
    filters: entityFiltersSchema,
    item: entitySchema.meta({ id: 'Entity' }),
    detail: entityDetailSchema,
    list: (db, f) => listEntities(db, f),
    get: getEntity,
  },
  {
    name: 'figures',
    operationIds: { list: 'listFigures', get: 'getFigure' },
    noun: 'figure',
    filters: figureFiltersSchema,
    item: figureSchema.meta({ id: 'Figure' }),
    detail: figureSchema,
    list: (db, f) => listFigures(db, f),
    get: getFigure,
  },
  {
    name: 'events',
    operationIds: { list: 'listEvents', get: 'getEvent' },
    noun: 'event',
    filters: withAlias(eventFiltersSchema, eventKind),
    item: spannedEventSchema.meta({ id: 'Event' }),
    detail: spannedEventSchema,
    list: (db, f) => listEvents(db, resolveAlias(f, eventKind)),
    get: getEvent,
  },
  {
    name: 'relations',
    operationIds: { list: 'listRelations', get: 'getRelation' },
    noun: 'relation',
    filters: withAlias(relationFiltersSchema, relationPredicate),
    item: relationSchema.meta({ id: 'Relation' }),
    detail: relationSchema,
    list: (db, f) => listRelations(db, resolveAlias(f, relationPredicate)),
    get: getRelation,
  },
  {
    name: 'models',
    operationIds: { list: 'listModels', get: 'getModel' },
    noun: 'AI model',
    filters: modelFiltersSchema,
    item: modelItemSchema,
    detail: modelItemSchema,
    list: (db, f) => listModels(db, f),
    get: getModel,
  },
  {
    name: 'company_facts',
    operationIds: { list: 'listCompanyFacts', get: 'getCompanyFact' },
    noun: 'company figure from a news report',
    filters: companyFactFiltersSchema,
    item: companyFactSchema.meta({
      id: 'CompanyFact',
      description: 'A figure as one article states it (source_text), with its fact (group_id), rank and US-dollar value.',
    }),
    detail: companyFactSchema,
    list: (db, f) => listCompanyFacts(db, f),
    get: getCompanyFact,
  },
  {
    name: 'fact_groups',
    operationIds: { list: 'listFactGroups', get: 'getFactGroup' },
    noun: 'fact the reports give',
    filters: factGroupFiltersSchema,
    item: factGroupSchema.meta({
      id: 'FactGroup',
      description: 'One fact (entity, metric, date, round): whether its reports agree, and which claim is preferred, by which rule.',
    }),
    detail: factGroupSchema.extend({ facts: zod.array(companyFactSchema) }).meta({ id: 'FactGroupDetail' }),
    list: (db, f) => listFactGroups(db, f),
    get: getFactGroup,
  },
  {
    name: 'metrics',
    operationIds: { list: 'listMetrics', get: 'getMetric' },
    noun: 'metric',
    filters: metricFiltersSchema,
    item: metricSchema.meta({ id: 'Metric' }),
    detail: metricSchema,
    list: (db, f) => listMetrics(db, f),
    get: getMetric,
  },
];
