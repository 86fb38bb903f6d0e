import { z } from 'zod';
import { idSchema, isoDateSchema, provenanceShape } from './provenance.ts';
import { unitSchema } from './metric.ts';

export const predicates = [
  'invested_in',
  'owns',
  'developed',
  'member_of',
  'rescued',
  'partnered_with',
  'located_in',
  'launched_in',
  'issued',
  'modelled_on',
  'inspired_by',
  'sanctioned',
  'restricted_exports_to',
  'competes_with',
  'regulates',
  'funds',
] as const;
export const predicateSchema = z.enum(predicates);

/** subject –predicate→ object, optionally with an amount (e.g. an investment of US$400M). */
export const relationSchema = z
  .object({
    id: idSchema,
    subject_id: idSchema,
    predicate: predicateSchema,
    object_id: idSchema,
    value: z.number().finite().nullable(),
    unit: unitSchema.nullable(),
    as_of: isoDateSchema.nullable(),
    ...provenanceShape,
  })
  .strict()
  .refine((r) => (r.value === null) === (r.unit === null), {
    message: 'value and unit go together',
    path: ['unit'],
  })
  .refine((r) => r.subject_id !== r.object_id, {
    message: 'an entity cannot relate to itself',
    path: ['object_id'],
  });

export type Relation = z.infer<typeof relationSchema>;
export type Predicate = (typeof predicates)[number];
