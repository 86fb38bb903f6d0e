import { COMPANY_FACT_CURATION, COMPANY_FACT_ENTITIES, PRIMARY_SOURCE_HOSTS } from '../../dataset/company-fact-entities.ts';
import { entities } from '../../dataset/entities.ts';
import { INVESTOR_ALIASES } from '../../dataset/investor-aliases.ts';
import { developerResolver } from '../epoch-models/resolve-developers.ts';
import { importCompanyFacts } from './import-facts.ts';

/** The import with the project's reviewed tables: entities, curation, primary hosts and investor aliases. */
export function importFactsForDataset(factsPath: string, ratesPath: string) {
  const names = new Map(
    Object.entries(COMPANY_FACT_ENTITIES).map(([written, { entity }]) => [written, entities.find((e) => e.id === entity)?.name_en ?? entity]),
  );
  return importCompanyFacts(factsPath, ratesPath, COMPANY_FACT_ENTITIES, names, PRIMARY_SOURCE_HOSTS, COMPANY_FACT_CURATION, developerResolver(entities, INVESTOR_ALIASES));
}
