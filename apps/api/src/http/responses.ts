import { z } from 'zod';
import { problemSchema, type Problem } from './problem.ts';

const problemContent = (example: Omit<Problem, 'instance' | 'request_id'>) => ({
  'application/problem+json': { schema: problemSchema, example: { ...example, instance: '/v1/figures', request_id: '0b8f3c2e-5d1a-4e7b-9c6f-2a4d8e1b7c30' } },
});

/** The error responses a route can give, for its OpenAPI entry, each with an example. */
export const problemResponses = {
  badRequest: {
    400: {
      description: 'A parameter is malformed or out of range.',
      content: problemContent({
        type: '/docs#problem-bad-request',
        title: 'Invalid request',
        status: 400,
        detail: 'limit: limit must be at most 500',
        errors: [{ parameter: 'limit', message: 'limit must be at most 500' }],
      }),
    },
  },
  notFound: {
    404: {
      description: 'No record has this id.',
      content: problemContent({ type: '/docs#problem-not-found', title: 'Not found', status: 404, detail: 'no figure has the id "zhipu-valuation-2042"; list them at /v1/figures' }),
    },
  },
  notAcceptable: {
    406: {
      description: 'The Accept header or format asks for a format this resource does not offer.',
      content: problemContent({ type: '/docs#problem-not-acceptable', title: 'Format not available', status: 406, detail: 'cannot answer with any type in Accept: "application/xml"; available: application/json, text/csv' }),
    },
  },
  unavailable: {
    503: {
      description: 'The database is unreachable; retry after the Retry-After header’s seconds.',
      content: problemContent({ type: '/docs#problem-unavailable', title: 'Database unavailable', status: 503, detail: 'the database cannot be reached just now; retry in 5 s' }),
      headers: { 'Retry-After': { schema: { type: 'integer' as const }, description: 'Seconds to wait.' } },
    },
  },
  /** Whole-table downloads: each holds a database connection of its own while it streams. */
  downloadUnavailable: {
    503: {
      description: 'The database is unreachable (`unavailable`), or every download connection of the server is in use (`busy`); retry after the Retry-After header’s seconds.',
      content: problemContent({ type: '/docs#problem-busy', title: 'Too many downloads at once', status: 503, detail: 'all 8 download connections of this server are in use; retry in 10 s' }),
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
