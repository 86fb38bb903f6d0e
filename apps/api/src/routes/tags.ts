import { collections } from './collections.ts';

/** The OpenAPI document's tags, in the order /docs and other readers list them. */
export const tags = [
  { name: 'index', description: 'Where everything is.' },
  ...collections.map((spec) => ({ name: spec.name, description: `Each ${spec.noun}: a filtered, paged list (JSON or CSV) and one record by id.` })),
  { name: 'compare', description: 'Entities side by side, metric by metric, with what makes their figures hard to compare.' },
  { name: 'datasets', description: 'Whole tables as CSV, the Frictionless Data Package and everything as one ZIP.' },
  { name: 'releases', description: 'The numbered versions of the dataset, what each changed, and Atom feeds of the changes.' },
  { name: 'health', description: 'Probes for load balancers and orchestrators.' },
];
