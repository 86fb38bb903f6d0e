import { describe, expect, it } from 'vitest';
import { formatCompanyValue } from './money.ts';

describe('formatCompanyValue', () => {
  it.each([
    [105.4e9, 'HKD', 'market_cap', 'HK$105.4B', '1054億港元'],
    [24.38e9, 'CNY', 'valuation_post_money', 'CN¥24.4B', '243.8億人民幣'],
    [5e8, 'USD', 'funding_round', 'US$500M', '5億美元'],
    [116.2, 'HKD', 'ipo_offer_price', 'HK$116.2', '116.2港元'],
    [0.36, null, 'stake', '36%', '36%'],
    [27_000_000, null, 'mau', '27M users', '2700萬用戶'],
  ] as const)('%d %s %s reads %s / %s', (value, currency, metric, en, zh) => {
    expect(formatCompanyValue(value, currency, metric, 'en')).toBe(en);
    expect(formatCompanyValue(value, currency, metric, 'zh-Hant')).toBe(zh);
  });
});
