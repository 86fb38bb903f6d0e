import { z } from 'zod';
import { idSchema, isoDateSchema } from '../schemas/provenance.ts';
import { datasetTables } from './canonical.ts';

/** Calendar versions: year, month, then a number counting the month's releases from 0. */
export const releaseVersionSchema = z
  .string()
  .regex(/^\d{4}\.(?:1[0-2]|[1-9])\.(?:0|[1-9]\d*)$/, 'must be YEAR.MONTH.N, such as 2026.12.0');

/** Orders versions as numbers, so 2026.12.0 comes after 2026.9.3. */
export function compareVersions(a: string, b: string): number {
  const pa = a.split('.').map(Number);
  const pb = b.split('.').map(Number);
  for (let i = 0; i < 3; i++) if (pa[i] !== pb[i]) return (pa[i] ?? 0) - (pb[i] ?? 0);
  return 0;
}

export const changeKinds = ['added', 'removed', 'changed', 'renamed'] as const;
export type ChangeKind = (typeof changeKinds)[number];

/** One field's value before and after; a side left out means the field was absent there. */
export const fieldChangeSchema = z
  .object({ field: z.string().min(1), old: z.unknown().optional(), new: z.unknown().optional() })
  .strict();
export type FieldChange = z.infer<typeof fieldChangeSchema>;

/**
 * One record's change in a release. `record` is the whole record as it entered (added) or left
 * (removed), so the releases replayed in order rebuild every version of the dataset; `fields`
 * lists what changed (changed, renamed). Entities and labels are written when the release is
 * made, so a change reads as it did then even after a later release renames its company.
 */
export const changeSchema = z
  .object({
    table: z.enum(datasetTables),
    id: idSchema,
    kind: z.enum(changeKinds),
    /** The id the record had before (renamed). */
    previous_id: idSchema.optional(),
    /** The entities the record is about: a figure's company, a model's developers, a relation's two ends. */
    entity_ids: z.array(idSchema),
    label_en: z.string().min(1),
    label_zh: z.string().min(1),
    fields: z.array(fieldChangeSchema),
    record: z.record(z.string(), z.unknown()).optional(),
  })
  .strict()
  .superRefine((c, ctx) => {
    const problem = (message: string) => ctx.addIssue({ code: 'custom', message });
    if ((c.kind === 'added' || c.kind === 'removed') && !c.record) problem(`a change of kind ${c.kind} carries the record`);
    if (c.kind === 'changed' && c.fields.length === 0) problem('a change of kind changed lists the fields that changed');
    if ((c.kind === 'renamed') !== (c.previous_id !== undefined)) problem('previous_id goes with a rename, and only with one');
  });
export type Change = z.infer<typeof changeSchema>;

const countsByKind = z.object(Object.fromEntries(changeKinds.map((k) => [k, z.number().int().nonnegative()])) as Record<ChangeKind, z.ZodNumber>).strict();
const countsByTable = z.object(Object.fromEntries(datasetTables.map((t) => [t, z.number().int().nonnegative()]))).strict();

/** A release: an immutable, numbered version of the whole dataset, with notes and what changed since the one before. */
export const releaseSchema = z
  .object({
    version: releaseVersionSchema,
    released_on: isoDateSchema,
    previous: releaseVersionSchema.nullable(),
    /** `datasetHash` of the dataset this release is: the version a download or an ETag stands for. */
    dataset_sha256: z.string().regex(/^[0-9a-f]{64}$/),
    notes_en: z.string(),
    notes_zh: z.string(),
    /** Records per table in this release. */
    counts: countsByTable,
    /** Changes against the previous release, by kind. */
    changes: countsByKind,
    /** The sources added, removed or changed: a new dataset release, new reports. */
    sources_changed: z.array(
      z.object({ id: idSchema, kind: z.enum(changeKinds), label_en: z.string(), label_zh: z.string() }).strict(),
    ),
  })
  .strict();
export type Release = z.infer<typeof releaseSchema>;
