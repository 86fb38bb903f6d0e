import { doublePrecision, index, integer, json, pgTable, text } from 'drizzle-orm/pg-core';
import { factBases, type CompanyFact } from '@aiwatch/data/schemas';
import { entities } from './entities.ts';
import { sources } from './sources.ts';

export const factGroups = pgTable(
  'fact_groups',
  {
    id: text().primaryKey(),
    entity_id: text()
      .notNull()
      .references(() => entities.id),
    company_id: text()
      .notNull()
      .references(() => entities.id),
    metric: text().notNull(),
    basis: text({ enum: factBases }),
    as_of: text().notNull(),
    round: text(),
    round_zh: text(),
    agreement: text({ enum: ['agree', 'conflict', 'alone'] }).notNull(),
    claims: integer().notNull(),
    low: doublePrecision().notNull(),
    high: doublePrecision().notNull(),
    currency: text({ enum: ['USD', 'CNY', 'HKD'] }),
    preferred_id: text(),
    chosen_by: text({ enum: ['rule', 'curator'] }).notNull(),
    reason_en: text().notNull(),
    reason_zh: text().notNull(),
  },
  (t) => [index('fact_groups_company_idx').on(t.company_id, t.metric), index('fact_groups_agreement_idx').on(t.agreement)],
);

export const companyFacts = pgTable(
  'company_facts',
  {
    id: text().primaryKey(),
    entity_id: text()
      .notNull()
      .references(() => entities.id),
    company_id: text()
      .notNull()
      .references(() => entities.id),
    metric: text().notNull(),
    value: doublePrecision().notNull(),
    currency: text({ enum: ['USD', 'CNY', 'HKD'] }),
    qualifier: text().notNull(),
    basis: text({ enum: factBases }),
    as_of: text().notNull(),
    round: text(),
    round_zh: text(),
    investors: text().array().notNull(),
    investor_ids: text().array().notNull(),
    source_id: text()
      .notNull()
      .references(() => sources.id),
    source_text: text().notNull(),
    // json, not jsonb: the keys stay in the order written, so CSV cells read the same as the API's JSON.
    usd: json().$type<CompanyFact['usd']>(),
    group_id: text()
      .notNull()
      .references(() => factGroups.id),
    agreement: text({ enum: ['agree', 'conflict', 'alone'] }).notNull(),
    reliability: text({ enum: ['high', 'medium', 'low'] }).notNull(),
    rank: text({ enum: ['preferred', 'normal', 'deprecated'] }).notNull(),
    rank_reason_en: text(),
    rank_reason_zh: text(),
  },
  (t) => [
    index('company_facts_company_idx').on(t.company_id, t.metric, t.as_of),
    index('company_facts_entity_idx').on(t.entity_id),
    index('company_facts_group_idx').on(t.group_id),
    index('company_facts_source_idx').on(t.source_id),
  ],
);
