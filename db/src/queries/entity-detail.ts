import { arrayContains, asc, inArray, sql } from 'drizzle-orm';
import type { Entity, Figure, Model, Relation, Source, SpannedEvent } from '@aiwatch/data/schemas';
import type { Database } from '../client.ts';
import { modelFromRow } from '../rows.ts';
import { entities, models, sources } from '../schema/index.ts';
import { getEntitiesByIds, getEntityRecord } from './entities.ts';
import { eventsOfEntity } from './events.ts';
import { figuresOfEntities } from './figures.ts';
import { relationsOfEntity } from './relations.ts';

export interface EntityDetail extends Entity {
  figures: Figure[];
  events: SpannedEvent[];
  relations: Relation[];
  /** AI models it developed, alone or with others, newest first. */
  models: Model[];
  /** Entities of type group: their members. */
  members: Entity[];
  /** Every entity the relations, events and groups above name, so a page can label them. */
  related: Entity[];
  /** Every document cited by the claims above. */
  sources: Source[];
}

/** An entity with everything said about it and the documents that say it. */
export async function getEntity(db: Database, id: string): Promise<EntityDetail | null> {
  const entity = await getEntityRecord(db, id);
  if (!entity) return null;
  const [figs, evts, rels, members, developed] = await Promise.all([
    figuresOfEntities(db, [id]),
    eventsOfEntity(db, id),
    relationsOfEntity(db, id),
    db.select().from(entities).where(arrayContains(entities.group_ids, [id])).orderBy(asc(entities.id)),
    db
      .select()
      .from(models)
      .where(arrayContains(models.developer_ids, [id]))
      .orderBy(sql`${models.published_on} desc nulls last`, asc(models.id)),
  ]);
  const relatedIds = new Set([
    ...rels.flatMap((r) => [r.subject_id, r.object_id]),
    ...evts.flatMap((e) => e.entity_ids),
    ...entity.group_ids,
    ...(entity.hq ? [entity.hq] : []),
  ]);
  relatedIds.delete(id);
  const sourceIds = [...new Set([...figs, ...evts, ...rels, ...developed].map((c) => c.source_id))];
  const [related, cited] = await Promise.all([
    getEntitiesByIds(db, [...relatedIds]),
    sourceIds.length
      ? db.select().from(sources).where(inArray(sources.id, sourceIds)).orderBy(asc(sources.id))
      : Promise.resolve([]),
  ]);
  return {
    ...entity,
    figures: figs,
    events: evts,
    relations: rels,
    models: developed.map(modelFromRow),
    members: members as Entity[],
    related,
    sources: cited as Source[],
  };
}
