import type { Entity, Event, Figure, Metric, Model, Relation, Source } from '../schemas/index.ts';

export interface Dataset {
  sources: Source[];
  entities: Entity[];
  metrics: Metric[];
  figures: Figure[];
  events: Event[];
  relations: Relation[];
  /** AI models, each a row of a dataset release (see schemas/model.ts). */
  models: Model[];
}

export type CollectionName = keyof Dataset;

/** The claims: every record that carries provenance. */
export type Claim = Figure | Event | Relation;
export const claimCollections = ['figures', 'events', 'relations'] as const satisfies CollectionName[];
