import { ProblemError } from './problem.ts';

export type Format = 'json' | 'csv';

const mediaTypes: Record<string, Format | undefined> = {
  'application/json': 'json',
  'application/*': 'json',
  'application/problem+json': 'json',
  'text/csv': 'csv',
  'text/*': 'csv',
  '*/*': 'json',
};

/** Parses an Accept header into media ranges ordered by preference (q, then position). */
function ranges(accept: string): string[] {
  return accept
    .split(',')
    .map((part, index) => {
      const [type = '', ...params] = part.trim().toLowerCase().split(';');
      const q = params.map((p) => p.trim()).find((p) => p.startsWith('q='));
      return { type: type.trim(), q: q ? Number(q.slice(2)) : 1, index };
    })
    .filter((r) => r.type !== '' && Number.isFinite(r.q) && r.q > 0)
    .sort((a, b) => b.q - a.q || a.index - b.index)
    .map((r) => r.type);
}

/**
 * The response format: `?format=` wins, then the Accept header; a header that accepts neither JSON
 * nor CSV gets 406 rather than a format the client did not ask for.
 */
export function negotiateFormat(explicit: Format | undefined, accept: string | undefined, offers: Format[]): Format {
  if (explicit) {
    if (!offers.includes(explicit)) {
      throw new ProblemError(406, `this resource is not available as ${explicit}; available: ${offers.join(', ')}`);
    }
    return explicit;
  }
  if (!accept || accept.trim() === '') return offers[0]!;
  for (const type of ranges(accept)) {
    const format = mediaTypes[type];
    if (format && offers.includes(format)) return format;
  }
  throw new ProblemError(
    406,
    `cannot answer with any type in Accept: "${accept}"; available: ${offers.map((f) => (f === 'csv' ? 'text/csv' : 'application/json')).join(', ')}`,
  );
}
