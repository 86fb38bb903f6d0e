import { formatValue, type DisplayLocale } from '@aiwatch/data/numbers';
import type { CompanyMetric, Currency } from '@aiwatch/data/schemas';

/**
 * A company figure as a reader writes it: money in its own currency (`HK$105.4B`, `1054億港元`),
 * counts as counts, stakes as percentages.
 */
export function formatCompanyValue(value: number, currency: Currency | null, metric: CompanyMetric, locale: DisplayLocale): string {
  const digits = { maximumFractionDigits: metric === 'ipo_offer_price' ? 2 : 1 };
  if (currency === 'USD' || currency === 'CNY') return formatValue(value, currency, locale, digits);
  if (currency === 'HKD') {
    // The number helper knows US dollars; Hong Kong dollars read the same with their own sign.
    const usd = formatValue(value, 'USD', locale, digits);
    return locale === 'en' ? usd.replace('US$', 'HK$') : usd.replace('美元', '港元');
  }
  if (metric === 'stake') return formatValue(Math.round(value * 1000) / 10, 'percent', locale, digits);
  if (metric === 'headcount') return formatValue(value, 'count', locale, digits);
  return formatValue(value, 'users', locale, digits);
}

export const formatUsd = (value: number, locale: DisplayLocale) => formatValue(value, 'USD', locale, { maximumFractionDigits: 1 });
