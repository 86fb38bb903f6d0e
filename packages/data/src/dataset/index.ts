import type { Dataset } from './types.ts';
import { sources } from './sources.ts';
import { entities } from './entities.ts';
import { metrics } from './metrics.ts';
import { figures } from './figures.ts';
import { events } from './events.ts';
import { relations } from './relations.ts';
import { epochModelsSource, models } from './models.ts';
import { articleSources, companyFacts, factGroups, investorRelations } from './company-facts.ts';

export * from './types.ts';
export { epochModelsSource, modelsRelease } from './models.ts';
export { DEVELOPER_ALIASES } from './developer-aliases.ts';
export { fxRates } from './company-facts.ts';
export { COMPANY_FACT_CURATION, COMPANY_FACT_ENTITIES, PRIMARY_SOURCE_HOSTS } from './company-fact-entities.ts';
export { INVESTOR_ALIASES } from './investor-aliases.ts';
export { ARTICLE, ARTICLE_SECTIONS, DIGEST, DIGEST_SECTIONS } from './sources.ts';

/** The curated dataset; `assertValidDataset` (validate/) checks it in the tests and before seeding. */
export const dataset: Dataset = {
  sources: [...sources, epochModelsSource, ...articleSources],
  entities,
  metrics,
  figures,
  events,
  relations: [...relations, ...investorRelations],
  models,
  company_facts: companyFacts,
  fact_groups: factGroups,
};
