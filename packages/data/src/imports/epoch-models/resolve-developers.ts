import type { Entity, EntityType } from '../../schemas/index.ts';
import { tidy } from './normalise-row.ts';

/** Types an organisation that builds models can have; names of places or products never match. */
const DEVELOPER_TYPES: ReadonlySet<EntityType> = new Set(['company', 'investor', 'fund', 'government_body', 'research_institute', 'university']);

/** Case, width and spacing do not tell names apart: `ＢＡＡＩ`, `baai ` and `BAAI` are one. */
export const nameKey = (name: string) => tidy(name.normalize('NFKC')).toLowerCase();

export type ResolveDeveloper = (name: string) => string | null;

/**
 * Resolves an organisation's name to an entity id through the reviewed alias table first, then the
 * entities' English, Traditional and Simplified names and aliases. A name two entities share is
 * ambiguous and resolves to neither.
 */
export function developerResolver(entities: readonly Entity[], aliases: Record<string, string>): ResolveDeveloper {
  const known = new Set(entities.map((e) => e.id));
  for (const [name, id] of Object.entries(aliases)) {
    if (!known.has(id)) throw new Error(`developer alias "${name}" names unknown entity "${id}"`);
  }
  const byName = new Map<string, string | null>();
  for (const e of entities) {
    if (!DEVELOPER_TYPES.has(e.type)) continue;
    for (const name of [e.name_en, e.name_zh, e.name_zh_hans, ...e.aliases]) {
      if (!name) continue;
      const key = nameKey(name);
      byName.set(key, byName.has(key) && byName.get(key) !== e.id ? null : e.id);
    }
  }
  const explicit = new Map(Object.entries(aliases).map(([name, id]) => [nameKey(name), id]));
  return (name) => explicit.get(nameKey(name)) ?? byName.get(nameKey(name)) ?? null;
}
