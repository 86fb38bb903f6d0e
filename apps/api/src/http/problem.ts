import type { Context } from 'hono';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import { z } from 'zod';
import { parameterMessage, type ParameterIssue } from './parameter-messages.ts';

/** RFC 9457 problem details: the one error shape of the API. */
export const problemSchema = z
  .object({
    type: z.string().describe('URI naming the kind of problem.'),
    title: z.string().describe('Short summary of the kind of problem.'),
    status: z.number().int(),
    detail: z.string().describe('What went wrong and what to change.'),
    instance: z.string().optional().describe('The request path.'),
    request_id: z.string().optional(),
    errors: z
      .array(z.object({ parameter: z.string(), message: z.string() }))
      .optional()
      .describe('One entry per invalid parameter.'),
  })
  .meta({ id: 'Problem' });

export type Problem = z.infer<typeof problemSchema>;

const titles: Record<number, [string, string]> = {
  400: ['bad-request', 'Invalid request'],
  404: ['not-found', 'Not found'],
  405: ['method-not-allowed', 'Method not allowed'],
  406: ['not-acceptable', 'Format not available'],
  500: ['internal-error', 'Internal error'],
  503: ['unavailable', 'Database unavailable'],
};

/** Throw from anywhere in a handler; the error handler turns it into problem+json. */
export class ProblemError extends Error {
  constructor(
    readonly status: ContentfulStatusCode,
    readonly detail: string,
    readonly extra: Partial<Problem> = {},
    readonly headers: Record<string, string> = {},
  ) {
    super(detail);
    this.name = 'ProblemError';
  }
}

export function problemResponse(c: Context, error: ProblemError): Response {
  const [slug, title] = titles[error.status] ?? ['error', 'Error'];
  const body: Problem = {
    type: `/docs#problem-${slug}`,
    title,
    status: error.status,
    detail: error.detail,
    instance: c.req.path,
    request_id: c.get('requestId') as string | undefined,
    ...error.extra,
  };
  return c.body(JSON.stringify(body), error.status, {
    'Content-Type': 'application/problem+json; charset=utf-8',
    'Cache-Control': 'no-store',
    ...error.headers,
  });
}

/** A 400 from zod issues over the parameters `input`, one entry per parameter, each saying what to fix. */
export function invalidParameters(issues: readonly ParameterIssue[], input: Record<string, unknown> = {}): ProblemError {
  const errors = issues.flatMap((i) =>
    i.code === 'unrecognized_keys' && i.keys
      ? i.keys.map((k) => ({ parameter: k, message: `unknown parameter "${k}"` }))
      : [{ parameter: i.path.map(String).join('.') || '(query)', message: parameterMessage(i, i.path.length > 0 ? input[String(i.path[0])] : undefined) }],
  );
  return new ProblemError(400, errors.map((e) => `${e.parameter}: ${e.message}`).join('; '), { errors });
}
