import { count } from 'drizzle-orm';
import type { Entity } from '@aiwatch/data/schemas';
import type { Database } from '../client.ts';
import * as t from '../schema/index.ts';
import { insertChunked } from './insert-chunked.ts';

/** The languages the Companies list is read in, as Intl names them. */
export const listLanguages = ['en', 'zh-Hant'] as const;
export type ListLanguage = (typeof listLanguages)[number];

/**
 * How names are ordered for readers of `lang`: case and accents aside, numbers by value ("AI 2"
 * before "AI 10"). Traditional Chinese readers get zh-Hant's own order.
 */
export const nameCollator = (lang: ListLanguage) => new Intl.Collator(lang, { sensitivity: 'base', numeric: true });

type Named = Pick<Entity, 'id' | 'name_en' | 'name_zh'>;

/** The name a reader of `lang` sees (as the dashboard picks it). */
export const listedName = (e: Pick<Entity, 'name_en' | 'name_zh'>, lang: ListLanguage): string => (lang === 'en' ? e.name_en : e.name_zh);

/** Each entity's rank by name for readers of `lang`, from 0; names the collator holds equal share a rank. */
export function nameRanks(entities: readonly Named[], lang: ListLanguage): Map<string, number> {
  const collator = nameCollator(lang);
  const named = entities.map((e) => ({ id: e.id, name: listedName(e, lang) }));
  named.sort((a, b) => collator.compare(a.name, b.name));
  const ranks = new Map<string, number>();
  let rank = 0;
  named.forEach((e, i) => {
    if (i > 0 && collator.compare(named[i - 1]!.name, e.name) !== 0) rank++;
    ranks.set(e.id, rank);
  });
  return ranks;
}

/** The rows of `entity_order`: what the Companies list sorts by. */
export function entityOrderRows(entities: readonly Named[], figureCounts: ReadonlyMap<string, number>): (typeof t.entityOrder.$inferInsert)[] {
  const [en, zh] = listLanguages.map((lang) => nameRanks(entities, lang)) as [Map<string, number>, Map<string, number>];
  return entities.map((e) => ({ id: e.id, name_rank_en: en.get(e.id)!, name_rank_zh: zh.get(e.id)!, figure_count: figureCounts.get(e.id) ?? 0 }));
}

// Rows an INSERT of entity_order holds (four columns: far from PostgreSQL's 65,535 parameters).
const CHUNK = 5000;

/**
 * Computes `entity_order` again from the entities and figures the database holds: the seed calls it
 * (in its transaction) once both are written, and so must anything else that writes entities.
 */
export async function writeEntityOrder(db: Database): Promise<void> {
  const named = await db.select({ id: t.entities.id, name_en: t.entities.name_en, name_zh: t.entities.name_zh }).from(t.entities);
  const counted = await db.select({ id: t.figures.entity_id, n: count() }).from(t.figures).groupBy(t.figures.entity_id);
  const rows = entityOrderRows(named, new Map(counted.map((c) => [c.id, c.n])));
  await db.delete(t.entityOrder);
  await insertChunked(rows, CHUNK, (c) => db.insert(t.entityOrder).values(c));
}
