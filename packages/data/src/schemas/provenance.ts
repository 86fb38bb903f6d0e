import { z } from 'zod';

/** A slug: lower-case ASCII words joined by hyphens, e.g. `zhipu-ai`. */
export const idSchema = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be a lower-case slug such as "zhipu-ai"');

/** An ISO calendar date `YYYY-MM-DD`. */
export const isoDateSchema = z.iso.date();

export const reviewStatuses = ['corroborated', 'disputed', 'unverified'] as const;
export const reviewStatusSchema = z.enum(reviewStatuses);

/** What other references say of a claim (Wikidata's "reference", in our words). */
export const reviewSchema = z
  .object({
    status: reviewStatusSchema,
    note_en: z.string().min(1),
    note_zh: z.string().min(1),
    /** The reference as it titles itself (or our description of it); `reference_title_zh` is our Chinese label of it. */
    reference_title: z.string().min(1).nullable(),
    reference_title_zh: z.string().min(1).nullable(),
    reference_url: z.url().nullable(),
  })
  .strict()
  .refine((r) => (r.reference_title === null) === (r.reference_title_zh === null), {
    message: 'a reference is labelled in both languages',
    path: ['reference_title_zh'],
  })
  .refine((r) => r.status === 'unverified' || r.reference_title !== null, {
    message: 'a corroborated or disputed claim needs the reference that says so',
    path: ['reference_title'],
  });

/** A place in a source: its section heading and the claim exactly as written there. */
export const locationSchema = z
  .object({
    locator: z.string().min(1),
    source_text: z.string().min(1),
  })
  .strict();

/**
 * Where a claim comes from. `source_text` is the claim exactly as the document writes it and must
 * occur in the document's normalised text under the `locator` section heading. A fact the same
 * source states again (the other language half of a bilingual digest) stays one claim: each further
 * place is in `other_locations`, checked the same way.
 */
export const provenanceShape = {
  source_id: idSchema,
  locator: z.string().min(1),
  source_text: z.string().min(1),
  other_locations: z.array(locationSchema).min(1).optional(),
  review: reviewSchema,
};

export type Location = z.infer<typeof locationSchema>;

export type Review = z.infer<typeof reviewSchema>;
