import { type Column, type SQL, sql } from 'drizzle-orm';

/**
 * The text a search (`q`) reads from a row: its columns (and the elements of a text[] column)
 * joined into one value by `search_text()` (migration 0010), so one trigram index per table
 * serves `ILIKE '%…%'`. Queries must build the very same expression, or the index is not used.
 */
export function searchText(columns: (Column | SQL)[], arrayColumn?: Column | SQL): SQL {
  const parts = sql`ARRAY[${sql.join(columns, sql`, `)}]::text[]`;
  return arrayColumn
    ? sql`search_text(VARIADIC ${parts} || ${arrayColumn})`
    : sql`search_text(VARIADIC ${parts})`;
}

/** The GIN trigram index over a table's search text. */
export const trigramIndexed = (text: SQL): SQL => sql`${text} gin_trgm_ops`;

/**
 * The texts of a claim's other places (the English half of a bilingual digest's fact, say), so a
 * search finds the claim by the words of any place that states it.
 */
export const otherPlacesText = (otherLocations: Column): SQL =>
  sql`jsonb_path_query_array(${otherLocations}, '$[*].source_text')::text`;
