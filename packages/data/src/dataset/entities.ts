import type { Entity } from '../schemas/index.ts';
import { groups } from './entities/groups.ts';
import { companies } from './entities/companies.ts';
import { organisations } from './entities/organisations.ts';
import { developers } from './entities/developers.ts';
import { investors } from './entities/investors.ts';
import { products } from './entities/products.ts';
import { policies } from './entities/policies.ts';
import { places } from './entities/places.ts';
import { happenings, people } from './entities/people.ts';

/** Every entity, grouped by kind in entities/. */
export const entities: Entity[] = [
  ...groups,
  ...companies,
  ...organisations,
  ...developers,
  ...investors,
  ...products,
  ...policies,
  ...places,
  ...people,
  ...happenings,
];
