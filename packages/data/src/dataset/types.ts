import type { CompanyFact, Entity, Event, FactGroup, Figure, Metric, Model, Relation, Source } from '../schemas/index.ts';

export interface Dataset {
  sources: Source[];
  entities: Entity[];
  metrics: Metric[];
  figures: Figure[];
  events: Event[];
  relations: Relation[];
  /** AI models, each a row of a dataset release (see schemas/model.ts). */
  models: Model[];
  /** Figures of the companies as news reports give them, each a claim of its article. */
  company_facts: CompanyFact[];
  /** The facts those claims report: agreement, spread and the preferred claim. */
  fact_groups: FactGroup[];
}

export type CollectionName = keyof Dataset;

/** The claims: every record that carries provenance. */
export type Claim = Figure | Event | Relation;
export const claimCollections = ['figures', 'events', 'relations'] as const satisfies CollectionName[];
