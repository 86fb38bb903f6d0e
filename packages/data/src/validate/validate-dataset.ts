import type { z } from 'zod';
import {
  entitySchema,
  eventSchema,
  figureSchema,
  metricSchema,
  modelSchema,
  companyFactSchema,
  factGroupSchema,
  relationSchema,
  sourceSchema,
  type Figure,
} from '../schemas/index.ts';
import type { CollectionName, Dataset } from '../dataset/types.ts';
import { DatasetValidationError, type DatasetIssue } from './issues.ts';

const schemas: Record<CollectionName, z.ZodType> = {
  sources: sourceSchema,
  entities: entitySchema,
  metrics: metricSchema,
  figures: figureSchema,
  events: eventSchema,
  relations: relationSchema,
  models: modelSchema,
  company_facts: companyFactSchema,
  fact_groups: factGroupSchema,
};

function idOf(record: unknown): string {
  const id = (record as { id?: unknown }).id;
  return typeof id === 'string' ? id : '(no id)';
}

/** Shape of each record, as the zod schemas state it. */
function shapeIssues(data: Dataset): DatasetIssue[] {
  const issues: DatasetIssue[] = [];
  for (const collection of Object.keys(schemas) as CollectionName[]) {
    for (const record of data[collection]) {
      const result = schemas[collection].safeParse(record);
      if (result.success) continue;
      for (const e of result.error.issues) {
        issues.push({ collection, id: idOf(record), field: e.path.join('.') || '(record)', message: e.message });
      }
    }
  }
  return issues;
}

function uniquenessIssues(data: Dataset): DatasetIssue[] {
  const issues: DatasetIssue[] = [];
  for (const collection of Object.keys(schemas) as CollectionName[]) {
    const seen = new Set<string>();
    for (const record of data[collection]) {
      const id = idOf(record);
      if (seen.has(id)) issues.push({ collection, id, field: 'id', message: 'duplicate id' });
      seen.add(id);
    }
  }
  return issues;
}

/** Every id a record names resolves to a record of the right kind. */
function referenceIssues(data: Dataset): DatasetIssue[] {
  const issues: DatasetIssue[] = [];
  const entities = new Map(data.entities.map((e) => [e.id, e]));
  const metrics = new Map(data.metrics.map((m) => [m.id, m]));
  const sources = new Map(data.sources.map((s) => [s.id, s]));
  const check = (collection: string, id: string, field: string, ok: boolean, message: string) => {
    if (!ok) issues.push({ collection, id, field, message });
  };
  const entityRef = (collection: string, id: string, field: string, ref: string, type?: string) => {
    const target = entities.get(ref);
    check(collection, id, field, target !== undefined, `unknown entity "${ref}"`);
    if (target && type) check(collection, id, field, target.type === type, `"${ref}" is a ${target.type}, not a ${type}`);
  };
  const provenance = (collection: string, c: Pick<Figure, 'id' | 'source_id' | 'locator' | 'other_locations'>) => {
    const source = sources.get(c.source_id);
    check(collection, c.id, 'source_id', source !== undefined, `unknown source "${c.source_id}"`);
    if (!source) return;
    const places = [
      { field: 'locator', locator: c.locator },
      ...(c.other_locations ?? []).map((l, i) => ({ field: `other_locations[${i}].locator`, locator: l.locator })),
    ];
    for (const { field, locator } of places) {
      check(collection, c.id, field, source.sections.includes(locator),
        `"${locator}" is not a section of ${source.id} (sections: ${source.sections.join(' | ')})`);
    }
  };

  for (const e of data.entities) {
    for (const g of e.group_ids) entityRef('entities', e.id, 'group_ids', g, 'group');
    if (e.hq !== null) entityRef('entities', e.id, 'hq', e.hq, 'place');
  }
  for (const f of data.figures) {
    entityRef('figures', f.id, 'entity_id', f.entity_id);
    const metric = metrics.get(f.metric);
    check('figures', f.id, 'metric', metric !== undefined, `unknown metric "${f.metric}"`);
    if (metric) check('figures', f.id, 'unit', metric.unit === f.unit, `metric ${metric.id} is in ${metric.unit}, not ${f.unit}`);
    provenance('figures', f);
  }
  for (const e of data.events) {
    for (const ref of e.entity_ids) entityRef('events', e.id, 'entity_ids', ref);
    provenance('events', e);
  }
  for (const r of data.relations) {
    entityRef('relations', r.id, 'subject_id', r.subject_id);
    entityRef('relations', r.id, 'object_id', r.object_id);
    provenance('relations', r);
  }
  for (const m of data.models) {
    for (const d of m.developers) if (d.entity_id !== null) entityRef('models', m.id, 'developers', d.entity_id);
    const source = sources.get(m.source_id);
    check('models', m.id, 'source_id', source?.kind === 'dataset', `"${m.source_id}" is not a dataset source`);
    for (const column of Object.keys(m.cells)) {
      check('models', m.id, 'cells', source?.sections.includes(column) ?? false, `"${column}" is not a column of ${m.source_id}`);
    }
  }
  const groupIds = new Map(data.fact_groups.map((g) => [g.id, g]));
  const factsOf = new Map<string, string[]>();
  for (const f of data.company_facts) {
    entityRef('company_facts', f.id, 'entity_id', f.entity_id);
    entityRef('company_facts', f.id, 'company_id', f.company_id, 'company');
    check('company_facts', f.id, 'source_id', sources.get(f.source_id)?.kind === 'article', `"${f.source_id}" is not an article source`);
    check('company_facts', f.id, 'group_id', groupIds.has(f.group_id), `unknown group "${f.group_id}"`);
    factsOf.set(f.group_id, [...(factsOf.get(f.group_id) ?? []), f.id]);
  }
  for (const g of data.fact_groups) {
    const members = factsOf.get(g.id) ?? [];
    check('fact_groups', g.id, 'claims', members.length === g.claims, `counts ${g.claims} claims but ${members.length} name it`);
    check('fact_groups', g.id, 'preferred_id', g.preferred_id === null || members.includes(g.preferred_id), `"${g.preferred_id}" is not a claim of the group`);
  }
  return issues;
}

/** All problems of the dataset; empty when it is valid. */
export function datasetIssues(data: Dataset): DatasetIssue[] {
  const shape = shapeIssues(data);
  // References are only meaningful once every record has its shape.
  return shape.length > 0 ? [...shape, ...uniquenessIssues(data)] : [...uniquenessIssues(data), ...referenceIssues(data)];
}

/** Throws a DatasetValidationError naming every record and field at fault. */
export function assertValidDataset(data: Dataset): Dataset {
  const issues = datasetIssues(data);
  if (issues.length > 0) throw new DatasetValidationError(issues);
  return data;
}
