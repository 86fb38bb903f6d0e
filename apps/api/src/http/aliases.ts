import type { z } from 'zod';

/** A filter kept under an old name: `alias` is read as `field`. */
export interface Alias {
  alias: string;
  field: string;
}

/**
 * Adds `alias` beside `field` with the same values, documented as deprecated; giving both with
 * different values is an error naming both, rather than one silently winning.
 */
export function withAlias(filters: z.ZodObject, { alias, field }: Alias): z.ZodObject {
  const target = filters.shape[field] as z.ZodType;
  return filters
    .extend({
      [alias]: target
        .describe(`Deprecated: the old name of \`${field}\`, with the same values and results; use \`${field}\`.`)
        .meta({ param: { deprecated: true } }),
    })
    .refine((f) => f[alias] === undefined || f[field] === undefined || f[alias] === f[field], {
      message: `is the old name of \`${field}\`: give one of them, or both with the same value`,
      path: [alias],
    });
}

/** The filters with the alias's value under its field's name. */
export function resolveAlias(filters: Record<string, unknown>, { alias, field }: Alias): Record<string, unknown> {
  const { [alias]: old, ...rest } = filters;
  return old === undefined ? rest : { ...rest, [field]: rest[field] ?? old };
}
