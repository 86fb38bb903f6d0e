import { z } from 'zod';
import { eventSpan } from '@aiwatch/data/dates';
import { entityTypes, eventKinds, predicates } from '@aiwatch/data/schemas';
import { paginationSchema } from './pagination.ts';

export const slug = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be an id such as "zhipu-ai"');
/**
 * A day the database can hold. PostgreSQL's calendar has no year 0 (1 BC precedes AD 1), so
 * `0000-…` would fail there as a 500 rather than here as a 400.
 */
export const calendarDate = z.iso
  .date('must be a date written YYYY-MM-DD')
  .refine((d) => !d.startsWith('0000'), 'must be a date from the year 0001 on (there is no year 0000)');
/** A search as every list reads `q`: trimmed, 1 to 100 characters, no NUL. */
export const searchQuery = z
  .string()
  .trim()
  .min(1, 'q must not be empty')
  .max(100, 'q must be at most 100 characters')
  // PostgreSQL text cannot hold NUL: without this check the query fails with a 500.
  .refine((q) => !q.includes('\0'), 'q must not contain the NUL character (%00)');

const precisionOf = { 4: 'year', 7: 'month', 10: 'day' } as const;

/** `1985` → the year 1985 from 1985-01-01, `1985-06` → June 1985 from 1985-06-01; a day as itself. */
export function readPartialDate(value: string): { date: string; date_precision: (typeof precisionOf)[keyof typeof precisionOf] } | null {
  const precision = precisionOf[value.length as keyof typeof precisionOf];
  if (!precision || !/^\d{4}(?:-\d{2}(?:-\d{2})?)?$/.test(value)) return null;
  return { date: value.padEnd(10, value.length === 4 ? '-01-01' : '-01'), date_precision: precision };
}

/**
 * A range bound written as a year, a month or a day (`1985`, `1985-06`, `1985-06-30`), read as the
 * first (`start`) or last (`end`) day it covers: `to=1989` includes 31 December 1989.
 */
export function rangeBound(side: 'start' | 'end') {
  return z
    .string()
    .regex(/^\d{4}(?:-\d{2}(?:-\d{2})?)?$/, 'must be a year, month or day: YYYY, YYYY-MM or YYYY-MM-DD')
    .transform((value, ctx) => {
      const read = readPartialDate(value)!;
      if (!calendarDate.safeParse(read.date).success) {
        ctx.addIssue({ code: 'custom', message: 'must be a real month or day of the year 0001 or later' });
        return z.NEVER;
      }
      const span = eventSpan({ ...read, date_qualifier: 'exact' });
      return side === 'start' ? span.date_start : span.date_end;
    });
}
export const rangeStart = rangeBound('start');
export const rangeEnd = rangeBound('end');

const dateRange = {
  from: rangeStart.optional().describe('Only records dated on or after this year, month or day (YYYY, YYYY-MM or YYYY-MM-DD).'),
  to: rangeEnd.optional().describe('Only records dated on or before this year, month or day (YYYY, YYYY-MM or YYYY-MM-DD).'),
};
export const checkRange = <T extends { from?: string | undefined; to?: string | undefined }>(f: T) =>
  f.from === undefined || f.to === undefined || f.from <= f.to;
export const rangeMessage = { message: '`from` must not be after `to`', path: ['from'] };

export const entityFiltersSchema = paginationSchema.extend({
  type: z.enum(entityTypes).optional().describe('Entity type.'),
  group: slug.optional().describe('Members of this group, e.g. ai-six-tigers.'),
  q: searchQuery.optional().describe('Search ids, English, Traditional and Simplified names and aliases; case-insensitive.'),
});

export const figureFiltersSchema = paginationSchema
  .extend({
    entity: slug.optional().describe('Figures about this entity.'),
    group: slug.optional().describe('Figures about members of this group.'),
    metric: slug.optional().describe('Metric id, e.g. valuation.'),
    source: slug.optional().describe('Source document id.'),
    q: searchQuery
      .optional()
      .describe(
        'Search the figure as written, its notes, and the names and aliases of its entity (English, Traditional and Simplified Chinese); case-insensitive.',
      ),
    ...dateRange,
  })
  .refine(checkRange, rangeMessage);

export const eventFiltersSchema = paginationSchema
  .extend({
    entity: slug.optional().describe('Events involving this entity.'),
    group: slug.optional().describe('Events involving members of this group.'),
    kind: z.enum(eventKinds).optional().describe('Kind of event, e.g. policy.'),
    source: slug.optional().describe('Source document id.'),
    q: searchQuery
      .optional()
      .describe(
        'Search titles in both languages, the text as written, and the names and aliases of the entities involved (English, Traditional and Simplified Chinese); case-insensitive.',
      ),
    from: rangeStart
      .optional()
      .describe('Only events whose date, over the span it covers, reaches this year, month or day (YYYY, YYYY-MM or YYYY-MM-DD) or later.'),
    to: rangeEnd
      .optional()
      .describe('Only events whose date, over the span it covers, begins on or before this year, month or day (YYYY, YYYY-MM or YYYY-MM-DD).'),
  })
  .refine(checkRange, rangeMessage);

export const relationFiltersSchema = paginationSchema
  .extend({
    entity: slug.optional().describe('Relations whose subject or object is this entity.'),
    predicate: z.enum(predicates).optional().describe('Predicate, e.g. invested_in.'),
    source: slug.optional().describe('Source document id.'),
    q: searchQuery
      .optional()
      .describe(
        'Search the text as written and the names and aliases of the subject and object (English, Traditional and Simplified Chinese); case-insensitive.',
      ),
    ...dateRange,
  })
  .refine(checkRange, rangeMessage);

export const sourceFiltersSchema = paginationSchema.extend({
  q: searchQuery.optional().describe('Search titles and authors.'),
});

export const metricFiltersSchema = paginationSchema.extend({
  q: searchQuery.optional().describe('Search metric names in both languages.'),
});

export type EntityFilters = z.infer<typeof entityFiltersSchema>;
export type FigureFilters = z.infer<typeof figureFiltersSchema>;
export type EventFilters = z.infer<typeof eventFiltersSchema>;
export type RelationFilters = z.infer<typeof relationFiltersSchema>;
export type SourceFilters = z.infer<typeof sourceFiltersSchema>;
export type MetricFilters = z.infer<typeof metricFiltersSchema>;
