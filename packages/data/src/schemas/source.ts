import { z } from 'zod';
import { idSchema, isoDateSchema } from './provenance.ts';

/**
 * `document`: a text we hold a copy of; `dataset`: one release of a published table; `article`: a
 * news page cited by URL, publisher, date, language and reliability, not archived (not ours to keep).
 */
export const sourceKinds = ['document', 'dataset', 'article'] as const;
export const reliabilities = ['high', 'medium', 'low'] as const;

export const sourceSchema = z
  .object({
    id: idSchema,
    kind: z.enum(sourceKinds),
    /** File name of the document or table as stored in the sources folder; none for an article. */
    file: z.string().regex(/^[\w.-]+\.(txt|csv)$/).nullable(),
    title: z.string().min(1),
    title_zh: z.string().min(1),
    /**
     * Which title is the document's own: `en` (`title`) or `zh` (`title_zh`); the other is our
     * translation. Null where neither is: a page cited without its title, which both fields describe.
     */
    title_original: z.enum(['en', 'zh']).nullable(),
    author: z.string().min(1),
    /** The publisher's name as it gives it; `publisher_zh` its Chinese name, where it has one we know. */
    publisher: z.string().min(1),
    publisher_zh: z.string().min(1).nullable(),
    published_on: isoDateSchema.nullable(),
    language: z.enum(['zh-Hant', 'zh-Hans', 'en', 'zh-Hant+en']),
    url: z.url(),
    /** Section headings in document order (a table's columns); every claim's `locator` names one. */
    sections: z.array(z.string().min(1)),
    summary_en: z.string().min(1),
    summary_zh: z.string().min(1),
    /** Bibliographic caveats (e.g. the author's name as other copies give it). */
    note_en: z.string().nullable(),
    note_zh: z.string().nullable(),
    /** A dataset's licence (SPDX id), the release file's sha256 and its number of rows; null for documents. */
    licence: z.string().min(1).nullable(),
    sha256: z.string().regex(/^[0-9a-f]{64}$/).nullable(),
    row_count: z.number().int().positive().nullable(),
    /** An article's reliability tier: high (established outlet or its wire copy), medium, low. */
    reliability: z.enum(reliabilities).nullable(),
  })
  .strict()
  .refine((s) => (s.kind === 'article') === (s.file === null), { message: 'an article has no file; a document or dataset has one', path: ['file'] })
  .refine((s) => (s.kind === 'article') === (s.reliability !== null), { message: 'an article (and only an article) has a reliability tier', path: ['reliability'] })
  .refine((s) => s.kind !== 'document' || s.sections.length > 0, { message: 'a document has at least one section', path: ['sections'] })
  .refine((s) => (s.kind === 'dataset') === (s.sha256 !== null && s.row_count !== null && s.licence !== null), {
    message: 'a dataset source (and only a dataset source) has a licence, sha256 and row count',
    path: ['sha256'],
  });

export type Source = z.infer<typeof sourceSchema>;
