export { sources } from './sources.ts';
export { metrics } from './metrics.ts';
export { entities } from './entities.ts';
export { figures } from './figures.ts';
export { events } from './events.ts';
export { relations } from './relations.ts';
export { models } from './models.ts';
export { companyFacts, factGroups } from './company-facts.ts';
export { seedState } from './seed-state.ts';
