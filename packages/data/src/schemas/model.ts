import { z } from 'zod';
import { idSchema, isoDateSchema } from './provenance.ts';

export const modelDatePrecisions = ['day', 'month', 'year'] as const;

/** A developer organisation as the dataset names it, and the entity it resolves to (null: not resolved). */
export const modelDeveloperSchema = z
  .object({
    name: z.string().min(1),
    entity_id: idSchema.nullable(),
  })
  .strict();

/**
 * An AI model, as one row of a dataset release states it. Every fact below is a claim of that
 * release: its locator is the row (`key`) and the column, its `source_text` the cell in `cells`,
 * exactly as written. Only facts are kept; the dataset's free text (abstracts, notes, authors) is not.
 */
export const modelSchema = z
  .object({
    id: idSchema,
    name: z.string().min(1),
    /** The row's key in its release: the name, with the publication date where the name repeats. */
    key: z.string().min(1),
    developers: z.array(modelDeveloperSchema),
    /** Countries of the developers, distinct, in the order written. */
    countries: z.array(z.string().min(1)),
    published_on: isoDateSchema.nullable(),
    date_precision: z.enum(modelDatePrecisions).nullable(),
    domains: z.array(z.string().min(1)),
    tasks: z.array(z.string().min(1)),
    /** Parameter count, to 12 significant digits. */
    parameters: z.number().positive().finite().nullable(),
    /** Training compute in FLOP, to 12 significant digits. */
    training_compute: z.number().positive().finite().nullable(),
    hardware: z.array(z.string().min(1)),
    accessibility: z.string().min(1).nullable(),
    open_weights: z.boolean().nullable(),
    link: z.url().nullable(),
    source_id: idSchema,
    /** Each fact's cell exactly as written, by column header. */
    cells: z.record(z.string().min(1), z.string().min(1)),
  })
  .strict()
  .refine((m) => (m.published_on === null) === (m.date_precision === null), {
    message: 'a publication date and its precision go together',
    path: ['date_precision'],
  });

export type Model = z.infer<typeof modelSchema>;
export type ModelDeveloper = z.infer<typeof modelDeveloperSchema>;

/** Where a model's fact stands in its release: the row (the model's key) and the column. */
export const modelLocator = (key: string, column: string) => `${key} › ${column}`;
