import { entityListTypeCounts, type Database } from '@aiwatch/db';
import type { EntityType } from '@aiwatch/data/schemas';
import { locale } from '$lib/i18n/locale';
import { m } from '$lib/paraglide/messages';
import { joinNames } from './comparability.ts';
import { typeNames } from './entity-labels.ts';
import type { ListQuery } from './entity-list-query.ts';

/** Each entity type as a plural noun, for "No companies match …". */
const pluralNames: Record<EntityType, () => string> = {
  company: m.companies_plural_company,
  investor: m.companies_plural_investor,
  fund: m.companies_plural_fund,
  government_body: m.companies_plural_government_body,
  research_institute: m.companies_plural_research_institute,
  university: m.companies_plural_university,
  product: m.companies_plural_product,
  policy: m.companies_plural_policy,
  place: m.companies_plural_place,
  group: m.companies_plural_group,
  person: m.companies_plural_person,
  event: m.companies_plural_event,
};

/**
 * When the type filter (`shown`) leaves no row, the entities of other types the same search, group and city
 * find, said in one sentence ("No companies match “kimi”; 1 product does."); null if there are none.
 */
export async function hiddenMatches(db: Database, query: ListQuery, shown: EntityType) {
  const found = await entityListTypeCounts(db, { group: query.group ?? undefined, hq: query.city ?? undefined, q: query.q ?? undefined });
  const counts = new Map(found.filter((c) => c.type !== shown).map((c) => [c.type, c.n]));
  if (counts.size === 0) return null;
  const others = [...counts].map(([type, count]) =>
    m.companies_type_count({
      count,
      singular: typeNames[type]().toLocaleLowerCase(),
      plural: pluralNames[type](),
    }),
  );
  const total = [...counts.values()].reduce((a, b) => a + b, 0);
  const said = { count: total, shown: pluralNames[shown](), others: joinNames(others, locale()) };
  return {
    sentence: query.q
      ? m.companies_hidden_matches({ ...said, q: query.q })
      : m.companies_hidden_by_filters(said),
  };
}
