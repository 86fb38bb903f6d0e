import { describe, expect, it } from 'vitest';
import { createInsertSchema } from 'drizzle-zod';
import { getTableColumns } from 'drizzle-orm';
import { z } from 'zod';
import { dataset } from '@aiwatch/data';
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
} from '@aiwatch/data/schemas';
import { eventToRow, figureToRow, modelToRow, relationToRow, reviewToColumns } from '../rows.ts';
import * as t from './index.ts';

/** The columns a dataset schema implies: its keys, with `review` flattened to review_* columns. */
function impliedColumns(schema: z.ZodObject, extra: string[]): string[] {
  const review = Object.keys(
    reviewToColumns({ status: 'unverified', note_en: '', note_zh: '', reference_title: null, reference_title_zh: null, reference_url: null }),
  );
  return [...Object.keys(schema.shape).flatMap((k) => (k === 'review' ? review : [k])), ...extra].sort();
}

const pairs = [
  ['sources', t.sources, sourceSchema, dataset.sources, (x: unknown) => x],
  ['entities', t.entities, entitySchema, dataset.entities, (x: unknown) => x],
  ['metrics', t.metrics, metricSchema, dataset.metrics, (x: unknown) => x],
  ['figures', t.figures, figureSchema, dataset.figures, figureToRow as (x: unknown) => unknown],
  ['events', t.events, eventSchema, dataset.events, eventToRow as (x: unknown) => unknown],
  ['relations', t.relations, relationSchema, dataset.relations, relationToRow as (x: unknown) => unknown],
  ['models', t.models, modelSchema, dataset.models, modelToRow as (x: unknown) => unknown],
  ['company_facts', t.companyFacts, companyFactSchema, dataset.company_facts, (x: unknown) => x],
  ['fact_groups', t.factGroups, factGroupSchema, dataset.fact_groups, (x: unknown) => x],
] as const;
/** Columns a table adds for querying, derived from the record (see rows.ts). */
const derived: Record<string, string[]> = { models: ['developer_ids'], events: ['date_start', 'date_end'] };

describe.each(pairs)('table %s and its dataset schema', (name, table, schema, records, toRow) => {
  it('have the same columns', () => {
    expect(Object.keys(getTableColumns(table)).sort()).toEqual(impliedColumns(schema, derived[name] ?? []));
  });
  it('accept the same records: every dataset record is a valid insert', () => {
    // drizzle-zod caps double precision at 2^47; compute (1e25 FLOP) and market values (1e12) are far above, and valid.
    const big = z.number().nullable();
    const insert =
      name === 'models'
        ? createInsertSchema(t.models, { parameters: big, training_compute: big })
        : name === 'company_facts'
          ? createInsertSchema(t.companyFacts, { value: z.number() })
          : name === 'fact_groups'
            ? createInsertSchema(t.factGroups, { low: z.number(), high: z.number() })
            : createInsertSchema(table);
    for (const record of records) {
      const result = insert.safeParse(toRow(record));
      expect(result.success, `${(record as { id: string }).id}: ${result.error?.message}`).toBe(true);
    }
  });
});
