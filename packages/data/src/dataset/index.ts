import type { Dataset } from './types.ts';
import { sources } from './sources.ts';
import { entities } from './entities.ts';
import { metrics } from './metrics.ts';
import { figures } from './figures.ts';
import { events } from './events.ts';
import { relations } from './relations.ts';

export * from './types.ts';
export { ARTICLE, ARTICLE_SECTIONS, DIGEST, DIGEST_SECTIONS } from './sources.ts';

/** The curated dataset; `assertValidDataset` (validate/) checks it in the tests and before seeding. */
export const dataset: Dataset = { sources, entities, metrics, figures, events, relations };
