import { z } from 'zod';
import { idSchema, isoDateSchema, provenanceShape } from './provenance.ts';

export const datePrecisions = ['day', 'month', 'season', 'year', 'decade'] as const;
export const datePrecisionSchema = z.enum(datePrecisions);

/** How the document places the date within its precision: "late 1980s", "by 2027". */
export const dateQualifiers = ['exact', 'early', 'late', 'by', 'after'] as const;
export const dateQualifierSchema = z.enum(dateQualifiers);

export const eventKinds = [
  'founding',
  'policy',
  'programme',
  'investment',
  'launch',
  'deadline',
  'target',
  'meeting',
  'milestone',
  'sanction',
] as const;
export const eventKindSchema = z.enum(eventKinds);

/**
 * A dated happening. `date` is the first day of the period the precision names
 * (1950s → 1950-01-01, decade; Spring 2025 → 2025-03-01, season).
 */
export const eventSchema = z
  .object({
    id: idSchema,
    date: isoDateSchema,
    date_precision: datePrecisionSchema,
    date_qualifier: dateQualifierSchema,
    kind: eventKindSchema,
    title_en: z.string().min(1),
    title_zh: z.string().min(1),
    entity_ids: z.array(idSchema).min(1),
    ...provenanceShape,
  })
  .strict()
  .superRefine((e, ctx) => {
    const [, month, day] = e.date.split('-').map(Number);
    const year = Number(e.date.slice(0, 4));
    const startsPeriod: Record<typeof e.date_precision, boolean> = {
      day: true,
      month: day === 1,
      season: day === 1 && [3, 6, 9, 12].includes(month ?? 0),
      year: month === 1 && day === 1,
      decade: month === 1 && day === 1 && year % 10 === 0,
    };
    if (!startsPeriod[e.date_precision]) {
      ctx.addIssue({
        code: 'custom',
        path: ['date'],
        message: `a ${e.date_precision}-precision date must be the first day of its ${e.date_precision}`,
      });
    }
  });

export type Event = z.infer<typeof eventSchema>;
export type DatePrecision = (typeof datePrecisions)[number];

/** An event as served: the dataset's record plus the span its date covers (eventSpan of ../dates). */
export const spannedEventSchema = eventSchema.extend({
  date_start: isoDateSchema.describe('First day the date covers at its precision ("late 1980s" → 1985-01-01).'),
  date_end: isoDateSchema.describe('Last day the date covers at its precision ("late 1980s" → 1989-12-31).'),
});
export type SpannedEvent = z.infer<typeof spannedEventSchema>;
