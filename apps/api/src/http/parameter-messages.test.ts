import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { parameterMessage } from './parameter-messages.ts';

/** The messages for every issue of parsing `input` with `schema`. */
function messages(schema: z.ZodObject, input: Record<string, unknown>): string[] {
  const result = schema.safeParse(input);
  if (result.success) throw new Error('expected the parse to fail');
  return result.error.issues.map((issue) => parameterMessage(issue, input[String(issue.path[0])]));
}

describe('parameterMessage', () => {
  it('puts zod’s own messages in plain words', () => {
    const schema = z.object({ a: z.string(), b: z.enum(['x', 'y']), c: z.string().min(1).max(3), d: z.number().min(2) });
    expect(messages(schema, { b: 'z', c: 'long', d: 1 })).toEqual(['required', 'must be one of: x, y', 'must be at most 3 characters long', 'must be at least 2']);
    expect(messages(schema, { a: 'x', b: 'x', c: '', d: 2 })).toEqual(['must not be empty']);
  });

  it('says a parameter given more than once should be given once, whatever its schema', () => {
    const schema = z.object({ a: z.string().regex(/^a$/, 'must be a') });
    expect(messages(schema, { a: ['a', 'a'] })).toEqual(['given 2 times: give it once']);
  });

  it('keeps a message the schema wrote itself', () => {
    const schema = z.object({ a: z.string({ error: 'give a' }), b: z.string().regex(/^b$/, 'must be b') });
    expect(messages(schema, { b: 'c' })).toEqual(['give a', 'must be b']);
  });

  it('never passes on a zod message, even for a check it has no words for', () => {
    const schema = z.object({ a: z.email() });
    expect(messages(schema, { a: 'nope' })).toEqual(['is not a value this parameter takes; /docs describes each parameter']);
  });
});
