import { describe, expect, it } from 'vitest';
import { createInsertSchema } from 'drizzle-zod';
import { getTableColumns } from 'drizzle-orm';
import type { z } from 'zod';
import { dataset } from '@aiwatch/data';
import {
  entitySchema,
  eventSchema,
  figureSchema,
  metricSchema,
  relationSchema,
  sourceSchema,
} from '@aiwatch/data/schemas';
import { eventToRow, figureToRow, relationToRow, reviewToColumns } from '../rows.ts';
import * as t from './index.ts';

/** The columns a dataset schema implies: its keys, with `review` flattened to review_* columns. */
function impliedColumns(schema: z.ZodObject): string[] {
  const review = Object.keys(
    reviewToColumns({ status: 'unverified', note_en: '', note_zh: '', reference_title: null, reference_url: null }),
  );
  return Object.keys(schema.shape).flatMap((k) => (k === 'review' ? review : [k])).sort();
}

const pairs = [
  ['sources', t.sources, sourceSchema, dataset.sources, (x: unknown) => x],
  ['entities', t.entities, entitySchema, dataset.entities, (x: unknown) => x],
  ['metrics', t.metrics, metricSchema, dataset.metrics, (x: unknown) => x],
  ['figures', t.figures, figureSchema, dataset.figures, figureToRow as (x: unknown) => unknown],
  ['events', t.events, eventSchema, dataset.events, eventToRow as (x: unknown) => unknown],
  ['relations', t.relations, relationSchema, dataset.relations, relationToRow as (x: unknown) => unknown],
] as const;

describe.each(pairs)('table %s and its dataset schema', (_name, table, schema, records, toRow) => {
  it('have the same columns', () => {
    expect(Object.keys(getTableColumns(table)).sort()).toEqual(impliedColumns(schema));
  });
  it('accept the same records: every dataset record is a valid insert', () => {
    const insert = createInsertSchema(table);
    for (const record of records) {
      const result = insert.safeParse(toRow(record));
      expect(result.success, `${(record as { id: string }).id}: ${result.error?.message}`).toBe(true);
    }
  });
});
