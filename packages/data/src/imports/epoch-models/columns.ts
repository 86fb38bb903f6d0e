/**
 * The columns the import takes, found by header name: a later release may rename, add and reorder
 * columns, so each field lists the headers it has been published under. Columns not listed here
 * (abstracts, notes, authors: other people's sentences) are never read.
 */
export const COLUMNS = {
  model: { headers: ['Model'], required: true },
  organisations: { headers: ['Organization'], required: true },
  countries: { headers: ['Country (of organization)', 'Country (from Organization)'], required: true },
  published: { headers: ['Publication date'], required: true },
  domain: { headers: ['Domain'], required: true },
  task: { headers: ['Task'], required: false },
  parameters: { headers: ['Parameters'], required: true },
  training_compute: { headers: ['Training compute (FLOP)'], required: true },
  hardware: { headers: ['Training hardware'], required: false },
  accessibility: { headers: ['Model accessibility'], required: false },
  link: { headers: ['Link'], required: false },
} as const satisfies Record<string, { headers: readonly string[]; required: boolean }>;

export type Field = keyof typeof COLUMNS;
/** The header each field was found under in one file. */
export type ColumnMap = Partial<Record<Field, string>>;

export class MissingColumnsError extends Error {
  override name = 'MissingColumnsError';
  constructor(readonly missing: string[], noneFound: boolean) {
    super(
      `required column${missing.length > 1 ? 's' : ''} missing from the header row: ${missing.join('; ')}` +
        (noneFound ? ". None of the dataset's columns is there: is this Epoch AI's models CSV?" : ''),
    );
  }
}

/** A header named twice: which of the two columns holds the data cannot be told. */
export class DuplicateColumnsError extends Error {
  override name = 'DuplicateColumnsError';
  constructor(readonly duplicates: string[]) {
    super(`the header row names ${duplicates.map((d) => `"${d}"`).join(', ')} more than once: which column holds the data cannot be told`);
  }
}

/** Maps fields to this file's headers (matched after trimming); throws naming every required column missing. */
export function mapColumns(header: string[]): ColumnMap {
  const trimmed = header.map((h) => h.trim());
  const duplicates = [...new Set(trimmed.filter((h, i) => h !== '' && trimmed.indexOf(h) !== i))];
  if (duplicates.length > 0) throw new DuplicateColumnsError(duplicates);
  const present = new Set(trimmed);
  const map: ColumnMap = {};
  const missing: string[] = [];
  for (const [field, spec] of Object.entries(COLUMNS) as [Field, (typeof COLUMNS)[Field]][]) {
    const found = spec.headers.find((h) => present.has(h));
    if (found) map[field] = found;
    else if (spec.required) missing.push(`"${spec.headers[0]}"${spec.headers.length > 1 ? ` (or ${spec.headers.slice(1).map((h) => `"${h}"`).join(', ')})` : ''}`);
  }
  if (missing.length > 0) throw new MissingColumnsError(missing, Object.keys(map).length === 0);
  return map;
}
