import type { Entity } from '../../schemas/index.ts';

type Required = 'id' | 'type' | 'name_en' | 'name_zh' | 'name_zh_hans' | 'description_en' | 'description_zh';

/** An entity with the optional fields (aliases, groups, hq, founded, reference) defaulted to empty. */
export function entity(e: Pick<Entity, Required> & Partial<Omit<Entity, Required>>): Entity {
  return {
    aliases: [],
    group_ids: [],
    hq: null,
    founded: null,
    reference_title: null,
    reference_title_zh: null,
    reference_url: null,
    ...e,
  };
}
