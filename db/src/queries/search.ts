import { type SQL, type Column, ilike, or, sql } from 'drizzle-orm';
import { entities, entitySearchText } from '../schema/entities.ts';

/** `%text%` with LIKE's own wildcards escaped, so a search for "100%" means the literal. */
export function containsPattern(text: string): string {
  return `%${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}

/** Case-insensitive substring match over text columns (small tables, no index needed). */
export function matchesAny(q: string, columns: Column[]): SQL | undefined {
  const pattern = containsPattern(q);
  return or(...columns.map((c) => ilike(c, pattern)));
}

/** Case-insensitive substring match over a table's search text (served by its trigram index). */
export const searchMatches = (text: SQL, q: string): SQL => sql`${text} ILIKE ${containsPattern(q)}`;

/** Whether an entity's id, names (English, Traditional, Simplified) or aliases contain `q`. */
export const entityMatches = (q: string): SQL => searchMatches(entitySearchText(entities), q);

/**
 * The ids of the entities `q` names, as an array computed once per query: `col = ANY(…)` and
 * `col && …` then use the claim tables' own indexes, even OR-ed with a text match.
 */
export const entitiesNamed = (q: string): SQL =>
  sql`ARRAY(SELECT ${entities.id} FROM ${entities} WHERE ${entityMatches(q)})`;
