import { describe, expect, it } from 'vitest';
import { negotiateFormat, type Format } from './negotiate.ts';
import { ProblemError } from './problem.ts';

const both: Format[] = ['json', 'csv'];

function status406(run: () => unknown): ProblemError {
  try {
    run();
  } catch (e) {
    expect(e).toBeInstanceOf(ProblemError);
    expect((e as ProblemError).status).toBe(406);
    return e as ProblemError;
  }
  throw new Error('expected a 406 ProblemError');
}

describe('negotiateFormat', () => {
  it('lets ?format= win over the Accept header', () => {
    expect(negotiateFormat('csv', 'application/json', both)).toBe('csv');
    expect(negotiateFormat('json', 'text/csv', both)).toBe('json');
  });

  it('refuses an explicit format the resource does not offer', () => {
    expect(status406(() => negotiateFormat('csv', undefined, ['json'])).detail).toBe('this resource is not available as csv; available: json');
  });

  it('answers the first offer without an Accept header, or with an empty one', () => {
    expect(negotiateFormat(undefined, undefined, both)).toBe('json');
    expect(negotiateFormat(undefined, '  ', both)).toBe('json');
    expect(negotiateFormat(undefined, undefined, ['csv'])).toBe('csv');
  });

  it.each([
    ['application/json', 'json'],
    ['text/csv', 'csv'],
    ['TEXT/CSV', 'csv'],
    ['text/csv; charset=utf-8', 'csv'],
    ['text/*', 'csv'],
    ['application/*', 'json'],
    ['*/*', 'json'],
    ['application/problem+json', 'json'],
    // A browser's default Accept falls through to */*.
    ['text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8', 'json'],
  ] as const)('maps Accept: %s to %s', (accept, format) => {
    expect(negotiateFormat(undefined, accept, both)).toBe(format);
  });

  it.each([
    ['application/json;q=0.5, text/csv', 'csv'],
    ['text/csv;q=0.4, application/json;q=0.8', 'json'],
    ['text/csv;q=0.9, application/json;q=0.8', 'csv'],
    ['application/json, text/csv', 'json'],
    ['text/csv, application/json', 'csv'],
    ['text/csv ; q=0.2 , application/json ; q=0.3', 'json'],
    ['text/csv;level=1;q=0.7, application/json;q=0.6', 'csv'],
  ] as const)('orders by q, then by position: %s → %s', (accept, format) => {
    expect(negotiateFormat(undefined, accept, both)).toBe(format);
  });

  it('skips ranges with q=0 or an unreadable q', () => {
    expect(negotiateFormat(undefined, 'text/csv;q=0, application/json;q=0.1', both)).toBe('json');
    expect(negotiateFormat(undefined, 'application/json;q=abc, text/csv;q=0.1', both)).toBe('csv');
    status406(() => negotiateFormat(undefined, 'application/json;q=0, text/csv;q=0', both));
  });

  it('skips types the resource does not offer', () => {
    expect(negotiateFormat(undefined, 'text/csv, application/json;q=0.1', ['json'])).toBe('json');
    status406(() => negotiateFormat(undefined, 'text/csv', ['json']));
    status406(() => negotiateFormat(undefined, 'text/*', ['json']));
  });

  it('answers 406 naming what is available for a header that accepts neither', () => {
    const problem = status406(() => negotiateFormat(undefined, 'application/xml', both));
    expect(problem.detail).toBe('cannot answer with any type in Accept: "application/xml"; available: application/json, text/csv');
    status406(() => negotiateFormat(undefined, 'image/png, text/html', both));
    status406(() => negotiateFormat(undefined, ',,;', both));
  });
});
