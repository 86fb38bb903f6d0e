import type { CompanyFact, CompanyMetric, FactBasis, FactGroup, Source } from '@aiwatch/data/schemas';
import { displayLocale, pick } from '$lib/i18n/locale';
import { formatCompanyValue, formatUsd } from '$lib/money';
import { m } from '$lib/paraglide/messages';
import type { Lookup } from './figure-view.ts';
import { languageName } from './source-claims.ts';
import { localName, publisherName } from './source-names.ts';
import { textLang } from './written-lang.ts';

export const metricLabels: Record<CompanyMetric, () => string> = {
  funding_round: m.facts_metric_funding_round,
  valuation_post_money: m.facts_metric_valuation_post_money,
  valuation_target: m.facts_metric_valuation_target,
  cumulative_funding: m.facts_metric_cumulative_funding,
  ipo_proceeds: m.facts_metric_ipo_proceeds,
  ipo_offer_price: m.facts_metric_ipo_offer_price,
  market_cap: m.facts_metric_market_cap,
  revenue: m.facts_metric_revenue,
  users: m.facts_metric_users,
  mau: m.facts_metric_mau,
  dau: m.facts_metric_dau,
  headcount: m.facts_metric_headcount,
  stake: m.facts_metric_stake,
};
const basisLabels: Record<FactBasis, () => string> = {
  gross: m.facts_basis_gross,
  net: m.facts_basis_net,
  developers: m.facts_basis_developers,
  weekly_active: m.facts_basis_weekly_active,
  paying: m.facts_basis_paying,
  individual: m.facts_basis_individual,
  cumulative: m.facts_basis_cumulative,
};

/** The order a company page tells its money and reach in. */
export const metricOrder: CompanyMetric[] = [
  'funding_round', 'valuation_post_money', 'valuation_target', 'cumulative_funding', 'ipo_offer_price', 'ipo_proceeds',
  'market_cap', 'revenue', 'users', 'mau', 'dau', 'headcount', 'stake',
];

/** What a US-dollar value says of how it was reached; the rate's source only where there is room (the list of reports). */
export function usdNote(fact: CompanyFact, withSource = true): string | null {
  const usd = fact.usd;
  if (!usd || usd.method === 'same') return null;
  const locale = displayLocale();
  const value = formatUsd(usd.value, locale);
  if (usd.method === 'stated') return m.facts_usd_stated({ value });
  const rate = { value, rate: String(usd.rate), currency: fact.currency ?? '', period: usd.rate_period ?? '' };
  const note = usd.method === 'rate' ? m.facts_usd_rate(rate) : m.facts_usd_nearest(rate);
  return withSource && usd.rate_source ? `${note} ${m.facts_usd_rate_source({ source: localName(usd.rate_source, usd.rate_source_zh).text })}` : note;
}

function claimView(f: CompanyFact, source: Source | undefined, withSource = true) {
  const locale = displayLocale();
  return {
    id: f.id,
    value: formatCompanyValue(f.value, f.currency, f.metric, locale),
    asWritten: f.source_text,
    rank: f.rank,
    reason: f.rank_reason_en ? pick(f, 'rank_reason') : null,
    publisher: source ? publisherName(source) : { text: f.source_id, lang: 'en' as const },
    published: source?.published_on ?? null,
    language: source ? languageName(source.language) : '',
    lang: source?.language ?? null,
    reliability: source?.reliability ?? null,
    url: source?.url ?? null,
    usdNote: usdNote(f, withSource),
    // Names as written: a report's Chinese, or Latin letters (a name, or the research file's English note on it).
    investors: f.investors.map((text) => ({ text, lang: textLang(text) === 'en' ? 'en' : (source?.language ?? null) })),
  };
}

/**
 * The facts of each group, indexed once per list a page holds: views of many groups over one list
 * (a company's facts, every conflict's) then cost what their groups hold, not groups × facts.
 * Lists are never changed once loaded, so the index stays true.
 */
const byGroup = new WeakMap<readonly CompanyFact[], Map<string, CompanyFact[]>>();

function factsOfGroup(facts: readonly CompanyFact[], groupId: string): CompanyFact[] {
  let index = byGroup.get(facts);
  if (!index) {
    index = new Map();
    for (const f of facts) {
      const list = index.get(f.group_id);
      if (list) list.push(f);
      else index.set(f.group_id, [f]);
    }
    byGroup.set(facts, index);
  }
  return index.get(groupId) ?? [];
}

/** One fact with its reports: the value shown, whether they agree, and every report as written. */
export function groupView(g: FactGroup, facts: readonly CompanyFact[], lookup: Lookup) {
  const locale = displayLocale();
  const mine = factsOfGroup(facts, g.id);
  const preferred = mine.find((f) => f.id === g.preferred_id) ?? null;
  const counted = mine.filter((f) => f.rank !== 'deprecated').length;
  const range = (v: number) => (g.currency === 'USD' && preferred?.currency !== 'USD' ? formatUsd(v, locale) : formatCompanyValue(v, g.currency, g.metric, locale));
  // "Users" gathers counts reports define differently (cumulative, weekly, paying): a spread there is a difference of definition as often as of fact.
  const conflict = g.metric === 'users' ? m.facts_conflict_users : m.facts_conflict;
  const agreement =
    g.agreement === 'agree'
      ? m.facts_agree({ count: counted })
      : g.agreement === 'conflict'
        ? conflict({ low: range(g.low), high: range(g.high) })
        : m.facts_alone();
  const entity = lookup.entities.get(g.entity_id);
  return {
    id: g.id,
    metric: g.metric,
    metricLabel: metricLabels[g.metric](),
    basis: g.basis ? basisLabels[g.basis]() : null,
    entity: g.entity_id === g.company_id || !entity ? null : pick(entity, 'name'),
    asOf: g.as_of,
    round: g.round === null ? null : localName(g.round, g.round_zh),
    agreement: g.agreement,
    agreementLabel: agreement,
    spread: g.low > 0 ? g.high / g.low : null,
    preferred: preferred ? claimView(preferred, lookup.sources.get(preferred.source_id), false) : null,
    usd: preferred?.usd?.value ?? null,
    chosenBy: g.chosen_by,
    reason: pick(g, 'reason'),
    deprecated: mine.filter((f) => f.rank === 'deprecated').length,
    claims: mine.map((f) => claimView(f, lookup.sources.get(f.source_id))),
  };
}
export type GroupView = ReturnType<typeof groupView>;

/** A company's facts by metric, in `metricOrder`, each list by date. */
export function factsByMetric(groups: FactGroup[], facts: CompanyFact[], lookup: Lookup) {
  return metricOrder
    .map((metric) => ({ metric, label: metricLabels[metric](), groups: groups.filter((g) => g.metric === metric).map((g) => groupView(g, facts, lookup)) }))
    .filter((s) => s.groups.length > 0);
}

/** The latest fact of a metric set about the company itself (not a product), with the value shown for it. */
function latest(groups: FactGroup[], facts: CompanyFact[], companyId: string, metrics: CompanyMetric[]) {
  const own = groups.filter((g) => g.company_id === companyId && g.entity_id === companyId && metrics.includes(g.metric) && g.preferred_id);
  const newest = own.sort((a, b) => b.as_of.localeCompare(a.as_of) || a.id.localeCompare(b.id))[0];
  if (!newest) return null;
  const fact = facts.find((f) => f.id === newest.preferred_id)!;
  return { group: newest, fact };
}

/**
 * What Compare and the Overview set side by side: the latest valuation or market capitalisation,
 * the total of the rounds reported, the latest revenue and monthly users — each in its own
 * currency, with US dollars and how they were reached, and the date it refers to.
 */
export function moneySummary(groups: FactGroup[], facts: CompanyFact[], companyId: string, lookup: Lookup) {
  const locale = displayLocale();
  const cell = (found: ReturnType<typeof latest>) =>
    found && {
      value: formatCompanyValue(found.fact.value, found.fact.currency, found.fact.metric, locale),
      usd: found.fact.usd && found.fact.usd.method !== 'same' ? formatUsd(found.fact.usd.value, locale) : null,
      usdValue: found.fact.usd?.value ?? null,
      approximate: found.fact.usd?.method === 'nearest_rate',
      metric: metricLabels[found.group.metric](),
      asOf: found.group.as_of,
      agreement: groupView(found.group, facts, lookup).agreementLabel,
      groupId: found.group.id,
    };
  const rounds = groups.filter((g) => g.company_id === companyId && g.entity_id === companyId && g.metric === 'funding_round' && g.preferred_id);
  const roundUsd = rounds.flatMap((g) => facts.find((f) => f.id === g.preferred_id)?.usd?.value ?? []);
  return {
    valuation: cell(latest(groups, facts, companyId, ['market_cap', 'valuation_post_money'])),
    revenue: cell(latest(groups, facts, companyId, ['revenue'])),
    mau: cell(latest(groups, facts, companyId, ['mau'])),
    raised: rounds.length === 0 ? null : { usd: formatUsd(roundUsd.reduce((a, b) => a + b, 0), locale), rounds: rounds.length, converted: roundUsd.length },
  };
}
export type MoneySummary = ReturnType<typeof moneySummary>;

/** Month count of a partial date, for how far apart two facts' dates are. */
const months = (asOf: string) => Number(asOf.slice(0, 4)) * 12 + (asOf.length >= 7 ? Number(asOf.slice(5, 7)) - 1 : 6);

/**
 * What to keep in mind before setting the rows' money side by side: valuations of different kinds
 * (a market capitalisation beside a round's valuation), or dates more than six months apart.
 */
export function moneyWarnings(rows: { name: string; valuation: MoneySummary['valuation']; revenue: MoneySummary['revenue'] }[]): string[] {
  const warnings: string[] = [];
  for (const key of ['valuation', 'revenue'] as const) {
    const present = rows.filter((r) => r[key] !== null);
    if (present.length < 2) continue;
    const label = key === 'valuation' ? m.compare_money_valuation() : m.compare_money_revenue();
    const kinds = new Set(present.map((r) => r[key]!.metric));
    if (kinds.size > 1) warnings.push(m.compare_money_warn_kinds({ row: label, list: present.map((r) => `${r.name}: ${r[key]!.metric}`).join(m.semicolon()) }));
    const dates = present.map((r) => months(r[key]!.asOf));
    if (Math.max(...dates) - Math.min(...dates) > 6) warnings.push(m.compare_money_warn_dates({ row: label, list: present.map((r) => `${r.name}: ${r[key]!.asOf}`).join(m.semicolon()) }));
  }
  return warnings;
}
