import type { CompanyFact, FactGroup, Relation, Source } from '../schemas/index.ts';
import type { FxRate } from '../imports/company-facts/fx.ts';
import facts from '../../snapshots/company-facts/facts.json' with { type: 'json' };
import groups from '../../snapshots/company-facts/groups.json' with { type: 'json' };
import articles from '../../snapshots/company-facts/articles.json' with { type: 'json' };
import relations from '../../snapshots/company-facts/relations.json' with { type: 'json' };
import rates from '../../snapshots/company-facts/rates.json' with { type: 'json' };

/** Figures news reports give of the companies (`npm run import -- company-facts` writes the snapshot). */
export const companyFacts = facts as unknown as CompanyFact[];
/** The facts those figures report, with their agreement and the claim shown for each. */
export const factGroups = groups as unknown as FactGroup[];
/** The articles they come from: sources of kind `article`, cited, not archived. */
export const articleSources = articles as unknown as Source[];
/** Investors the reports name with a round: invested_in relations, each a claim of its article. */
export const investorRelations = relations as unknown as Relation[];
/** The exchange rates conversions to US dollars use. */
export const fxRates = rates as FxRate[];
