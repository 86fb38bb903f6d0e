import { z } from 'zod';
import { idSchema } from './provenance.ts';

export const companyMetrics = [
  'funding_round',
  'valuation_post_money',
  'valuation_target',
  'cumulative_funding',
  'ipo_proceeds',
  'ipo_offer_price',
  'market_cap',
  'revenue',
  'users',
  'mau',
  'dau',
  'headcount',
  'stake',
] as const;
export type CompanyMetric = (typeof companyMetrics)[number];

export const currencies = ['USD', 'CNY', 'HKD'] as const;

export const factBases = ['gross', 'net', 'developers', 'weekly_active', 'paying', 'individual', 'cumulative'] as const;
export type FactBasis = (typeof factBases)[number];
export type Currency = (typeof currencies)[number];

/** How the report qualifies its figure; `up_to` is the top of a range, `target` an aim, not an outcome. */
export const reportQualifiers = ['exact', 'over', 'about', 'at_least', 'up_to', 'target'] as const;

/** Wikidata's statement ranks: the value shown, the others, and evident errors kept as evidence. */
export const ranks = ['preferred', 'normal', 'deprecated'] as const;
export type Rank = (typeof ranks)[number];

export const agreements = ['agree', 'conflict', 'alone'] as const;
export type Agreement = (typeof agreements)[number];

/** `YYYY`, `YYYY-MM` or `YYYY-MM-DD`: the date a figure refers to, at the precision the report gives. */
export const partialDateSchema = z.string().regex(/^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$/, 'must be YYYY, YYYY-MM or YYYY-MM-DD');

/** A USD figure for charts: the report's own equivalent, or a conversion at a sourced rate. */
export const usdValueSchema = z
  .object({
    value: z.number().finite(),
    /** `stated`: the report gives it; `rate`: converted at the rate of the fact's period; `nearest_rate`: no rate covers the date, the nearest one is used (approximate). */
    method: z.enum(['same', 'stated', 'rate', 'nearest_rate']),
    /** Units of the currency per US dollar, and the period and source of that rate. */
    rate: z.number().positive().nullable(),
    rate_period: z.string().nullable(),
    rate_source: z.string().nullable(),
    /** The rate's source in Traditional Chinese (our label), where it has one. */
    rate_source_zh: z.string().nullable(),
  })
  .strict();

/**
 * One figure about a company (or its product or segment) as one news report states it: a claim
 * whose source is an article (cited, not archived) and whose `source_text` is the figure as written.
 */
export const companyFactSchema = z
  .object({
    id: idSchema,
    entity_id: idSchema,
    /** The company the entity belongs to (itself when the entity is the company). */
    company_id: idSchema,
    metric: z.enum(companyMetrics),
    value: z.number().finite(),
    currency: z.enum(currencies).nullable(),
    qualifier: z.enum(reportQualifiers),
    /**
     * What exactly the figure counts, where the report says and the metric mixes kinds: IPO proceeds
     * gross (before fees) or net; users as developers, weekly active, paying, individual or
     * cumulative. Different kinds are different facts, never compared.
     */
    basis: z.enum(factBases).nullable(),
    as_of: partialDateSchema,
    /** The round as the report names it; `round_zh` our Traditional Chinese name of it. */
    round: z.string().min(1).nullable(),
    round_zh: z.string().min(1).nullable(),
    investors: z.array(z.string().min(1)),
    /** The investors named that resolve to our entities (the others stay names as written). */
    investor_ids: z.array(idSchema),
    source_id: idSchema,
    source_text: z.string().min(1),
    usd: usdValueSchema.nullable(),
    group_id: idSchema,
    /** The group's agreement and the article's reliability tier, repeated here so each row reads alone (CSV, filters). */
    agreement: z.enum(agreements),
    reliability: z.enum(['high', 'medium', 'low']),
    rank: z.enum(ranks),
    /** Why the rank is what it is, in our words, where it is not the rule's plain outcome. */
    rank_reason_en: z.string().min(1).nullable(),
    rank_reason_zh: z.string().min(1).nullable(),
  })
  .strict();

export type CompanyFact = z.infer<typeof companyFactSchema>;

/** Claims about one fact (entity, metric, date, round): whether their sources agree, and which is shown. */
export const factGroupSchema = z
  .object({
    id: idSchema,
    entity_id: idSchema,
    company_id: idSchema,
    metric: z.enum(companyMetrics),
    basis: z.enum(factBases).nullable(),
    as_of: partialDateSchema,
    round: z.string().min(1).nullable(),
    round_zh: z.string().min(1).nullable(),
    agreement: z.enum(agreements),
    claims: z.number().int().positive(),
    /** Lowest and highest non-deprecated value, in USD where the currencies differ, else the group's currency. */
    low: z.number().finite(),
    high: z.number().finite(),
    currency: z.enum(currencies).nullable(),
    /** Null when every claim is deprecated: the fact then has no value shown. */
    preferred_id: idSchema.nullable(),
    /** `rule`: the stated rule chose; `curator`: a curator overrode it, for the reason given. */
    chosen_by: z.enum(['rule', 'curator']),
    reason_en: z.string().min(1),
    reason_zh: z.string().min(1),
  })
  .strict();

export type FactGroup = z.infer<typeof factGroupSchema>;
