import { z } from 'zod';
import { idSchema } from './provenance.ts';

export const entityTypes = [
  'company',
  'investor',
  'fund',
  'government_body',
  'research_institute',
  'university',
  'product',
  'policy',
  'place',
  'group',
  'person',
  'event',
] as const;
export const entityTypeSchema = z.enum(entityTypes);

export const entitySchema = z
  .object({
    id: idSchema,
    type: entityTypeSchema,
    name_en: z.string().min(1),
    /** Traditional Chinese name. */
    name_zh: z.string().min(1),
    /** Simplified Chinese name, where it differs or is commonly searched. */
    name_zh_hans: z.string().min(1).nullable(),
    aliases: z.array(z.string().min(1)),
    /** Groups (entities of type `group`) this entity belongs to. */
    group_ids: z.array(idSchema),
    /** Headquarters: id of a `place` entity. */
    hq: idSchema.nullable(),
    founded: z.number().int().min(1800).max(2100).nullable(),
    description_en: z.string().min(1),
    description_zh: z.string().min(1),
    /** Facts beyond the documents (founded, hq) need a reference; `reference_title_zh` is our Chinese label of it. */
    reference_title: z.string().min(1).nullable(),
    reference_title_zh: z.string().min(1).nullable(),
    reference_url: z.url().nullable(),
  })
  .strict()
  .refine(
    (e) => (e.founded === null && e.hq === null) || e.reference_title !== null,
    { message: 'founded/hq are facts beyond the documents and need a reference', path: ['reference_title'] },
  )
  .refine((e) => (e.reference_title === null) === (e.reference_title_zh === null), {
    message: 'a reference is labelled in both languages',
    path: ['reference_title_zh'],
  });

export type Entity = z.infer<typeof entitySchema>;
export type EntityType = (typeof entityTypes)[number];
