import { z } from 'zod';
import { idSchema } from './provenance.ts';

/** Units values are stored in: base units, never "millions" or "億". */
export const units = ['users', 'USD', 'CNY', 'percent', 'count', 'year'] as const;
export const unitSchema = z.enum(units);

export const metricSchema = z
  .object({
    id: idSchema,
    name_en: z.string().min(1),
    name_zh: z.string().min(1),
    unit: unitSchema,
    description_en: z.string().min(1),
    description_zh: z.string().min(1),
  })
  .strict();

export type Metric = z.infer<typeof metricSchema>;
export type Unit = (typeof units)[number];
