import { z } from 'zod';
import { idSchema, isoDateSchema, provenanceShape } from './provenance.ts';
import { unitSchema } from './metric.ts';

export const qualifiers = ['exact', 'over', 'about', 'at_least', 'within'] as const;
export const qualifierSchema = z.enum(qualifiers);

/**
 * One quantitative claim. `value` is the number as stated, in base units; `lower`/`upper` bound it
 * where the document gives only one side ("over 300%": lower = 300, upper = null).
 */
export const figureSchema = z
  .object({
    id: idSchema,
    entity_id: idSchema,
    metric: idSchema,
    value: z.number().finite(),
    unit: unitSchema,
    qualifier: qualifierSchema,
    lower: z.number().finite().nullable(),
    upper: z.number().finite().nullable(),
    as_of: isoDateSchema.nullable(),
    /** Free-form period the value covers, e.g. `P1Y` (within a year) or `2019/2024`. */
    period: z.string().min(1).nullable(),
    ...provenanceShape,
    note_en: z.string().nullable(),
    note_zh: z.string().nullable(),
  })
  .strict()
  .superRefine((f, ctx) => {
    const issue = (path: string, message: string) =>
      ctx.addIssue({ code: 'custom', path: [path], message: `qualifier "${f.qualifier}": ${message}` });
    switch (f.qualifier) {
      case 'over':
      case 'at_least':
        if (f.lower !== f.value || f.upper !== null) issue('lower', 'a lower bound: lower = value, upper = null');
        break;
      case 'exact':
        if (f.lower !== null || f.upper !== null) issue('lower', 'an exact value has no bounds');
        break;
      case 'within':
        // "within a year": the value is exact, the period it took is the bound.
        if (f.period === null) issue('period', 'needs the period the value was reached within');
        break;
      case 'about':
        if ((f.lower !== null && f.lower > f.value) || (f.upper !== null && f.upper < f.value)) {
          issue('lower', 'bounds must bracket the value');
        }
        break;
    }
  });

export type Figure = z.infer<typeof figureSchema>;
export type Qualifier = (typeof qualifiers)[number];
