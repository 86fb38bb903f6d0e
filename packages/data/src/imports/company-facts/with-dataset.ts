import { COMPANY_FACT_CURATION, COMPANY_FACT_ENTITIES, PRIMARY_SOURCE_HOSTS } from '../../dataset/company-fact-entities.ts';
import { entities } from '../../dataset/entities.ts';
import { ROUND_NAMES_ZH, RATE_SOURCES_ZH } from '../../dataset/company-fact-labels.ts';
import { INVESTOR_ALIASES } from '../../dataset/investor-aliases.ts';
import { PUBLISHER_NAMES_ZH } from '../../dataset/publisher-names.ts';
import { developerResolver } from '../epoch-models/resolve-developers.ts';
import { importCompanyFacts } from './import-facts.ts';

/** The import with the project's reviewed tables: entities, curation, primary hosts, investor aliases and Chinese labels. */
export function importFactsForDataset(factsPath: string, ratesPath: string) {
  const names = new Map(
    Object.entries(COMPANY_FACT_ENTITIES).map(([written, { entity }]) => {
      const found = entities.find((e) => e.id === entity);
      return [written, { en: found?.name_en ?? entity, zh: found?.name_zh ?? entity }];
    }),
  );
  const labels = { publishers: PUBLISHER_NAMES_ZH, rounds: ROUND_NAMES_ZH, rateSources: RATE_SOURCES_ZH };
  return importCompanyFacts(factsPath, ratesPath, COMPANY_FACT_ENTITIES, names, PRIMARY_SOURCE_HOSTS, COMPANY_FACT_CURATION, developerResolver(entities, INVESTOR_ALIASES), labels);
}
