import { z } from 'zod';
import { problemSchema } from './problem.ts';

const problemContent = { 'application/problem+json': { schema: problemSchema } };

/** The error responses a route can give, for its OpenAPI entry. */
export const problemResponses = {
  badRequest: { 400: { description: 'A parameter is malformed or out of range.', content: problemContent } },
  notFound: { 404: { description: 'No record has this id.', content: problemContent } },
  notAcceptable: { 406: { description: 'The Accept header or format asks for a format this resource does not offer.', content: problemContent } },
  unavailable: {
    503: {
      description: 'The database is unreachable; retry after the Retry-After header’s seconds.',
      content: problemContent,
      headers: { 'Retry-After': { schema: { type: 'integer' as const }, description: 'Seconds to wait.' } },
    },
  },
};

/** A route that takes no parameters names any it is given, as the lists do, rather than ignoring a typo. */
export const noQuery = z.object({}).strict();

export const formatParam = z
  .enum(['json', 'csv'])
  .optional()
  .describe('Response format; overrides the Accept header (application/json or text/csv).');

export const bomParam = z
  .enum(['0', '1'])
  .optional()
  .describe('CSV only: 1 prefixes a UTF-8 byte-order mark, for Excel.');

export const csvContent = {
  'text/csv': { schema: z.string().describe('RFC 4180 CSV with a header row, UTF-8.') },
};
