import { z } from 'zod';

/** A zod issue as validation reports it, the fields the messages below read. */
export interface ParameterIssue {
  path: PropertyKey[];
  message: string;
  code?: string;
  keys?: string[];
  values?: readonly unknown[];
  origin?: string;
  minimum?: number | bigint;
  maximum?: number | bigint;
  expected?: string;
}

const english = z.locales.en().localeError;

/** Whether the message is zod's own English one, which names types and codes, not what to give. */
function isZodDefault(issue: ParameterIssue, input: unknown): boolean {
  try {
    const message = english({ ...issue, input } as unknown as Parameters<typeof english>[0]);
    return (typeof message === 'string' ? message : message?.message) === issue.message;
  } catch {
    // An issue shaped unlike zod's own (a hand-made one) cannot be its message; never a 500 for it.
    return false;
  }
}

/**
 * What a user reads about one parameter: the schema's own message where it has one, else plain
 * words for zod's ("Invalid input: expected string, received undefined" becomes "required").
 */
export function parameterMessage(issue: ParameterIssue, input: unknown): string {
  // A parameter given twice arrives as an array, whatever its schema says about one value.
  if (Array.isArray(input)) return `given ${input.length} times: give it once`;
  if (!isZodDefault(issue, input)) return issue.message;
  const size = issue.origin === 'string' ? ' characters long' : '';
  switch (issue.code) {
    case 'invalid_type':
      return input === undefined ? 'required' : `must be a ${issue.expected}`;
    case 'invalid_value':
      return `must be one of: ${issue.values?.join(', ')}`;
    case 'too_small':
      return issue.origin === 'string' && Number(issue.minimum) === 1 ? 'must not be empty' : `must be at least ${issue.minimum}${size}`;
    case 'too_big':
      return `must be at most ${issue.maximum}${size}`;
    default:
      return 'is not a value this parameter takes; /docs describes each parameter';
  }
}
