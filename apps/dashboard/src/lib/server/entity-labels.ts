import type { EntityType, Event, Predicate, Unit } from '@aiwatch/data/schemas';
import { href, pick } from '$lib/i18n/locale';
import { m } from '$lib/paraglide/messages';
import type { Lookup } from './figure-view.ts';

/** Each entity type as a label in the reader's language. */
export const typeNames: Record<EntityType, () => string> = {
  company: m.companies_type_company,
  investor: m.companies_type_investor,
  fund: m.companies_type_fund,
  government_body: m.companies_type_government_body,
  research_institute: m.companies_type_research_institute,
  university: m.companies_type_university,
  product: m.companies_type_product,
  policy: m.companies_type_policy,
  place: m.companies_type_place,
  group: m.companies_type_group,
  person: m.companies_type_person,
  event: m.companies_type_event,
};

/** Each predicate as a phrase for "subject … object" ("invested in" / "投資"). */
export const predicateNames: Record<Predicate, () => string> = {
  invested_in: m.predicate_invested_in,
  owns: m.predicate_owns,
  developed: m.predicate_developed,
  member_of: m.predicate_member_of,
  rescued: m.predicate_rescued,
  partnered_with: m.predicate_partnered_with,
  located_in: m.predicate_located_in,
  launched_in: m.predicate_launched_in,
  issued: m.predicate_issued,
  modelled_on: m.predicate_modelled_on,
  inspired_by: m.predicate_inspired_by,
  sanctioned: m.predicate_sanctioned,
  restricted_exports_to: m.predicate_restricted_exports_to,
  competes_with: m.predicate_competes_with,
  regulates: m.predicate_regulates,
  funds: m.predicate_funds,
};

export const eventKindNames: Record<Event['kind'], () => string> = {
  founding: m.kind_founding,
  policy: m.kind_policy,
  programme: m.kind_programme,
  investment: m.kind_investment,
  launch: m.kind_launch,
  deadline: m.kind_deadline,
  target: m.kind_target,
  meeting: m.kind_meeting,
  milestone: m.kind_milestone,
  sanction: m.kind_sanction,
};

/** What a chart's unit line says for each stored unit. */
export const unitNames: Record<Unit, () => string> = {
  users: m.unit_users,
  USD: m.unit_usd,
  CNY: m.companies_unit_cny,
  percent: m.unit_percent,
  count: m.unit_count,
  year: m.unit_year,
};

export interface EntityRef {
  id: string;
  name: string;
  href: string;
}

/** An entity as a link to its page, named in the reader's language (the id if it is not loaded). */
export function entityRef(lookup: Lookup, id: string): EntityRef {
  const e = lookup.entities.get(id);
  return { id, name: e ? pick(e, 'name') : id, href: href(`/companies/${id}`) };
}
