import type { Agreement, Currency, Rank } from '../../schemas/index.ts';

/** Reports agree when every value lies within this share of the largest (5 %: rounding, "about", gross of fees). */
export const AGREEMENT_TOLERANCE = 0.05;
/** A value this many times another, within the tolerance, is read as a unit slip (億 for 萬, billion for million). */
const SLIPS = [10, 100, 1000, 10000];

export const reliabilityTiers = ['high', 'medium', 'low'] as const;
export type Reliability = (typeof reliabilityTiers)[number];

/** What the rule needs to know of a claim. */
export interface RankInput {
  id: string;
  group_id: string;
  value: number;
  currency: Currency | null;
  usd: number | null;
  qualifier: string;
  reliability: Reliability;
  /** An exchange filing or prospectus rather than a report about one. */
  primary: boolean;
  published: string | null;
}

export interface CuratorChoice {
  preferred_id: string;
  reason_en: string;
  reason_zh: string;
}

export interface RankedClaim {
  id: string;
  rank: Rank;
  reason_en: string | null;
  reason_zh: string | null;
}

export interface GroupVerdict {
  agreement: Agreement;
  low: number;
  high: number;
  currency: Currency | null;
  /** Null when every claim of the group is deprecated: nothing is shown as the fact's value. */
  preferred_id: string | null;
  chosen_by: 'rule' | 'curator';
  reason_en: string;
  reason_zh: string;
}

const near = (a: number, b: number) => Math.abs(a - b) <= AGREEMENT_TOLERANCE * Math.max(Math.abs(a), Math.abs(b));

/** The claims' values on one scale: their own when all share a currency (or none), else US dollars. */
function comparable(claims: RankInput[]): { values: Map<string, number>; currency: Currency | null } {
  const currencies = new Set(claims.map((c) => c.currency));
  if (currencies.size === 1) return { values: new Map(claims.map((c) => [c.id, c.value])), currency: claims[0]!.currency };
  return { values: new Map(claims.flatMap((c) => (c.usd === null ? [] : [[c.id, c.usd] as const]))), currency: 'USD' };
}

/** The factor by which `value` is a unit slip of `reference` (10, 100 … or their inverses), or null. */
function slipFactor(value: number, reference: number): number | null {
  if (reference === 0 || value === 0) return null;
  for (const k of SLIPS) {
    if (near(value, reference * k)) return k;
    if (near(value, reference / k)) return 1 / k;
  }
  return null;
}

const tierOrder = (r: Reliability) => reliabilityTiers.indexOf(r);

/**
 * The stated rule, in order: reliability tier, then primary sources (filings, prospectuses) over
 * reports of them, then exact figures over approximate ones, then the most recent report; the id
 * breaks a last tie so the choice never depends on input order.
 */
export function preferenceOrder(a: RankInput, b: RankInput): number {
  return (
    tierOrder(a.reliability) - tierOrder(b.reliability) ||
    Number(b.primary) - Number(a.primary) ||
    Number(b.qualifier === 'exact') - Number(a.qualifier === 'exact') ||
    (b.published ?? '').localeCompare(a.published ?? '') ||
    a.id.localeCompare(b.id)
  );
}

function ruleReason(c: RankInput): { en: string; zh: string } {
  const tier = { high: ['high', '高'], medium: ['medium', '中'], low: ['low', '低'] }[c.reliability];
  const exact = c.qualifier === 'exact';
  return {
    en: `Chosen by the rule: ${tier[0]} reliability${c.primary ? ', a primary source' : ''}, ${exact ? 'an exact figure' : 'an approximate figure'}${c.published ? `, reported ${c.published}` : ''}.`,
    zh: `依規則選出：可信度${tier[1]}${c.primary ? '、第一手來源' : ''}、${exact ? '確切數字' : '概略數字'}${c.published ? `、${c.published}報導` : ''}。`,
  };
}

/** A claim as slip detection sees it: its value on a common scale (USD where currencies differ) and the fact it reports. */
export interface SlipInput extends RankInput {
  /** Same entity, metric and year: the reports a slip is judged against. */
  context: string;
  /** The value in US dollars, or in the claim's own unit when it has no currency. */
  scaled: number | null;
}

/**
 * Evident unit slips (億 read as billion, 萬 as million): a claim no other report of the same
 * entity, metric and year comes near, but which reads 10, 100 … times one of them. Against a
 * single other report of equal reliability the larger is taken for the slip (mistranslated units
 * inflate). Returns the factor for each claim found.
 */
export function findUnitSlips(claims: readonly SlipInput[]): Map<string, number> {
  const slips = new Map<string, number>();
  for (const c of claims) {
    if (c.scaled === null) continue;
    const others = claims.filter((o) => o.id !== c.id && o.context === c.context && o.scaled !== null);
    if (others.length === 0 || others.some((o) => near(c.scaled!, o.scaled!))) continue;
    const matches = others.flatMap((o) => {
      const k = slipFactor(c.scaled!, o.scaled!);
      return k === null ? [] : [{ o, k }];
    });
    if (matches.length === 0) continue;
    const stronger = matches.some(({ o }) => tierOrder(o.reliability) < tierOrder(c.reliability));
    const backed = matches.length >= 2;
    const even = matches.length === 1 && tierOrder(matches[0]!.o.reliability) === tierOrder(c.reliability) && matches[0]!.k > 1;
    if (stronger || backed || even) slips.set(c.id, matches[0]!.k);
  }
  return slips;
}

/**
 * Ranks the claims of one group and says whether they agree. Claims found to be unit slips
 * (`findUnitSlips`) are deprecated, with the reason; one of the rest is preferred — by the
 * curator's written choice where there is one, else by `preferenceOrder`.
 */
export function rankGroup(claims: RankInput[], curator?: CuratorChoice, slips: Map<string, number> = new Map()): { verdict: GroupVerdict; ranked: RankedClaim[] } {
  if (claims.length === 0) throw new Error('a group has at least one claim');
  const deprecated = new Map(claims.flatMap((c) => (slips.has(c.id) ? [[c.id, slips.get(c.id)!] as const] : [])));
  if (deprecated.size === claims.length) return allDeprecated(claims, deprecated);
  const kept = claims.filter((c) => !deprecated.has(c.id));
  const scale = comparable(kept);
  const keptValues = kept.flatMap((c) => (scale.values.has(c.id) ? [scale.values.get(c.id)!] : []));
  const low = Math.min(...keptValues);
  const high = Math.max(...keptValues);
  const agreement: Agreement = kept.length === 1 ? 'alone' : keptValues.every((v) => near(v, high)) ? 'agree' : 'conflict';

  const byRule = [...kept].sort(preferenceOrder)[0]!;
  const override = curator && kept.some((c) => c.id === curator.preferred_id) ? curator : undefined;
  const preferred = override ? kept.find((c) => c.id === override.preferred_id)! : byRule;
  const reason = override ? { en: override.reason_en, zh: override.reason_zh } : ruleReason(byRule);
  return {
    verdict: {
      agreement,
      low,
      high,
      currency: scale.currency,
      preferred_id: preferred.id,
      chosen_by: override ? 'curator' : 'rule',
      reason_en: reason.en,
      reason_zh: reason.zh,
    },
    ranked: claims.map((c) => {
      const k = deprecated.get(c.id);
      if (k !== undefined) return slipRank(c.id, k);
      return { id: c.id, rank: c.id === preferred.id ? 'preferred' : 'normal', reason_en: null, reason_zh: null };
    }),
  };
}

function slipRank(id: string, k: number): RankedClaim {
  const times = k >= 1 ? `${k} times` : `1/${1 / k} of`;
  const timesZh = k >= 1 ? `${k}倍` : `${1 / k}分之一`;
  return {
    id,
    rank: 'deprecated',
    reason_en: `Reads ${times} what other reports of the same year give: an evident unit slip, kept as evidence and never counted.`,
    reason_zh: `數值為同年其他報導數字的${timesZh}，顯係單位誤植；保留為證據，不列入計算。`,
  };
}

/** A group whose every report is a unit slip: kept as evidence, with no value shown for the fact. */
function allDeprecated(claims: RankInput[], slips: Map<string, number>): { verdict: GroupVerdict; ranked: RankedClaim[] } {
  const values = claims.map((c) => c.value);
  return {
    verdict: {
      agreement: claims.length === 1 ? 'alone' : values.every((v) => near(v, Math.max(...values))) ? 'agree' : 'conflict',
      low: Math.min(...values),
      high: Math.max(...values),
      currency: claims[0]!.currency,
      preferred_id: null,
      chosen_by: 'rule',
      reason_en: 'Every report of this fact is an evident unit slip: none is shown as its value.',
      reason_zh: '此事實的所有報導都顯係單位誤植，故不顯示任何數值。',
    },
    ranked: claims.map((c) => slipRank(c.id, slips.get(c.id)!)),
  };
}
