import { languages, localized, pages } from '../e2e/pages.ts';

/** One thing the growth phase measures: a dashboard page in one language, or one API list request. */
export interface GrowthTask {
  kind: 'page' | 'api';
  path: string;
}

/**
 * Each API list plain, with a filter and with `q=` (where it takes one). The filters name real
 * records, which every factor holds; the searches also match every synthetic copy, so the rows
 * they match grow with the data while the page answered stays one page.
 */
const apiPaths = [
  '/v1/figures',
  '/v1/figures?entity=zhipu-ai',
  '/v1/figures?q=zhipu',
  '/v1/entities',
  '/v1/entities?type=company',
  '/v1/entities?q=zhipu',
  '/v1/relations',
  '/v1/relations?predicate=invested_in',
  `/v1/relations?q=${encodeURIComponent('智譜')}`,
  '/v1/events',
  '/v1/events?kind=policy',
  '/v1/events?q=plan',
  '/v1/models',
  '/v1/models?country=China',
  '/v1/models?q=deepseek',
  '/v1/company_facts',
  '/v1/company_facts?metric=valuation_post_money',
  '/v1/fact_groups',
  '/v1/fact_groups?agreement=conflict',
  '/v1/sources',
  '/v1/sources?q=AI',
  '/v1/metrics?q=valuation',
];

export const growthTasks: GrowthTask[] = [
  ...pages.flatMap((p) =>
    languages.map((lang) => ({ kind: 'page' as const, path: localized(lang.prefix, p.path) })),
  ),
  ...apiPaths.map((path) => ({ kind: 'api' as const, path })),
];
