import type { Currency } from '../../schemas/index.ts';

/** Units of a currency per US dollar over a period (`2023`: annual average; `2024-10`: monthly). */
export interface FxRate {
  period: string;
  currency: Exclude<Currency, 'USD'>;
  units_per_usd: number;
  source: string;
  /** The source in Traditional Chinese, where the import was given a label for it. */
  source_zh: string | null;
}

export interface UsdValue {
  value: number;
  method: 'same' | 'stated' | 'rate' | 'nearest_rate';
  rate: number | null;
  rate_period: string | null;
  rate_source: string | null;
  rate_source_zh: string | null;
}

const SCALE: Record<string, number> = { million: 1e6, m: 1e6, mn: 1e6, billion: 1e9, bn: 1e9, b: 1e9 };

/** A US-dollar equivalent the report writes beside its figure: `2.5 billion yuan (US$342 million)`. */
export function statedUsd(asWritten: string): number | null {
  const match = /US\$\s*([\d.,]+)\s*(million|billion|bn|mn|m|b)?\b/i.exec(asWritten);
  if (!match) return null;
  const n = Number(match[1]!.replace(/,/g, ''));
  if (!Number.isFinite(n)) return null;
  return n * (match[2] ? SCALE[match[2].toLowerCase()]! : 1);
}

/** Months from year 0, for the distance between a fact's date and a rate's period. */
const monthIndex = (period: string) => {
  const [y, m] = period.split('-').map(Number);
  return y! * 12 + (m === undefined ? 6 : m - 1);
};

/**
 * A figure in US dollars for charts and comparisons: the same figure when it is in dollars; the
 * report's own equivalent where it gives one; else converted at the rate of the fact's month (or
 * year); and where no rate covers the date, at the nearest one, marked as approximate.
 */
export function toUsd(value: number, currency: Currency, asOf: string, asWritten: string, rates: readonly FxRate[]): UsdValue | null {
  if (currency === 'USD') return { value, method: 'same', rate: null, rate_period: null, rate_source: null, rate_source_zh: null };
  const stated = statedUsd(asWritten);
  if (stated !== null) return { value: stated, method: 'stated', rate: null, rate_period: null, rate_source: null, rate_source_zh: null };
  const own = rates.filter((r) => r.currency === currency);
  if (own.length === 0) return null;
  const month = asOf.slice(0, 7);
  const exact = own.find((r) => r.period === month) ?? own.find((r) => r.period === asOf.slice(0, 4));
  const rate =
    exact ?? [...own].sort((a, b) => Math.abs(monthIndex(a.period) - monthIndex(asOf)) - Math.abs(monthIndex(b.period) - monthIndex(asOf)) || (a.period < b.period ? 1 : -1))[0]!;
  return {
    value: Math.round((value / rate.units_per_usd) * 100) / 100,
    method: exact ? 'rate' : 'nearest_rate',
    rate: rate.units_per_usd,
    rate_period: rate.period,
    rate_source: rate.source,
    rate_source_zh: rate.source_zh,
  };
}
