import { z } from 'zod';
import { idSchema, isoDateSchema } from './provenance.ts';

export const sourceSchema = z
  .object({
    id: idSchema,
    /** File name of the document as stored in the seeds folder. */
    file: z.string().regex(/^[\w.-]+\.txt$/),
    title: z.string().min(1),
    title_zh: z.string().min(1),
    author: z.string().min(1),
    publisher: z.string().min(1),
    published_on: isoDateSchema.nullable(),
    language: z.enum(['zh-Hant', 'en', 'zh-Hant+en']),
    url: z.url(),
    /** Section headings in document order; every claim's `locator` is one of them. */
    sections: z.array(z.string().min(1)).min(1),
    summary_en: z.string().min(1),
    summary_zh: z.string().min(1),
    /** Bibliographic caveats (e.g. the author's name as other copies give it). */
    note_en: z.string().nullable(),
    note_zh: z.string().nullable(),
  })
  .strict();

export type Source = z.infer<typeof sourceSchema>;
