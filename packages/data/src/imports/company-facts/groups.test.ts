import { describe, expect, it } from 'vitest';
import { AGREEMENT_TOLERANCE, findUnitSlips, preferenceOrder, rankGroup, type RankInput, type SlipInput } from './groups.ts';

const claim = (id: string, value: number, extra: Partial<RankInput> = {}): RankInput => ({
  id,
  group_id: 'g',
  value,
  currency: 'USD',
  usd: value,
  qualifier: 'exact',
  reliability: 'medium',
  primary: false,
  published: '2025-01-01',
  ...extra,
});

describe('agreement', () => {
  it('one claim stands alone', () => {
    expect(rankGroup([claim('a', 5e8)]).verdict).toMatchObject({ agreement: 'alone', low: 5e8, high: 5e8, preferred_id: 'a' });
  });
  it('agrees within the tolerance, at its edge included', () => {
    const edge = 1e9 * (1 - AGREEMENT_TOLERANCE);
    expect(rankGroup([claim('a', 1e9), claim('b', edge)]).verdict.agreement).toBe('agree');
  });
  it('conflicts just past the tolerance, with the spread', () => {
    const past = 1e9 * (1 - AGREEMENT_TOLERANCE) - 1;
    expect(rankGroup([claim('a', 1e9), claim('b', past)]).verdict).toMatchObject({ agreement: 'conflict', low: past, high: 1e9 });
  });
  it('compares in US dollars when the currencies differ', () => {
    const v = rankGroup([claim('a', 342e6), claim('b', 2.5e9, { currency: 'CNY', usd: 342e6 })]).verdict;
    expect(v).toMatchObject({ agreement: 'agree', currency: 'USD' });
  });
});

describe('deprecation of a unit slip', () => {
  const slip = (id: string, value: number, extra: Partial<SlipInput> = {}): SlipInput => ({ ...claim(id, value), context: 'zhipu valuation 2025', scaled: value, ...extra });

  it('deprecates a tenfold outlier that two other reports of the year back, with the reason', () => {
    const claims = [slip('a', 24.4e9), slip('b', 24.38e9), slip('c', 243.8e9)];
    const slips = findUnitSlips(claims);
    expect([...slips]).toEqual([['c', 10]]);
    const { verdict, ranked } = rankGroup(claims, undefined, slips);
    expect(ranked.find((r) => r.id === 'c')).toMatchObject({ rank: 'deprecated', reason_en: expect.stringContaining('10 times') });
    expect(verdict).toMatchObject({ agreement: 'agree', high: 24.4e9 });
  });
  it('judges against reports of the same entity, metric and year only', () => {
    expect(findUnitSlips([slip('a', 24.4e9), slip('c', 243.8e9, { context: 'zhipu valuation 2024' })]).size).toBe(0);
  });
  it('against one report: the less reliable, or at equal reliability the larger (mistranslated units inflate)', () => {
    expect([...findUnitSlips([slip('a', 1e9, { reliability: 'high' }), slip('b', 1e10, { reliability: 'low' })])]).toEqual([['b', 10]]);
    expect([...findUnitSlips([slip('a', 1e10, { reliability: 'high' }), slip('b', 1e9, { reliability: 'low' })])]).toEqual([['b', 0.1]]);
    expect([...findUnitSlips([slip('a', 1e9), slip('b', 1e10)])]).toEqual([['b', 10]]);
  });
  it('does not call a fivefold difference, or a value another report shares, a slip', () => {
    expect(findUnitSlips([slip('a', 1e9), slip('b', 1e9), slip('c', 5e9)]).size).toBe(0);
    // Two reports agree on 10bn: they are not slips; the lone 1bn against them is.
    expect([...findUnitSlips([slip('a', 1e9), slip('b', 1e10), slip('c', 1e10)])]).toEqual([['a', 0.1]]);
  });
  it('keeps a fact whose every report is a slip, with no value shown', () => {
    const { verdict, ranked } = rankGroup([claim('c', 243.8e9)], undefined, new Map([['c', 10]]));
    expect(verdict.preferred_id).toBeNull();
    expect(ranked[0]!.rank).toBe('deprecated');
  });
});

describe('the preference rule', () => {
  it('orders by reliability, then primary, then exact, then newest, then id', () => {
    const sorted = [
      claim('newest-low', 1, { reliability: 'low', published: '2026-01-01' }),
      claim('about-high', 1, { reliability: 'high', qualifier: 'about' }),
      claim('exact-high-old', 1, { reliability: 'high', published: '2024-01-01' }),
      claim('exact-high-new', 1, { reliability: 'high', published: '2025-06-01' }),
      claim('filing-high', 1, { reliability: 'high', primary: true, qualifier: 'about' }),
    ].sort(preferenceOrder);
    expect(sorted.map((c) => c.id)).toEqual(['filing-high', 'exact-high-new', 'exact-high-old', 'about-high', 'newest-low']);
  });
  it('lets a curator override the rule, with the written reason', () => {
    const { verdict, ranked } = rankGroup([claim('a', 1e9, { reliability: 'high' }), claim('b', 1.2e9)], {
      preferred_id: 'b',
      reason_en: 'The company’s own filing later restated it.',
      reason_zh: '公司其後的公告更正了此數字。',
    });
    expect(verdict).toMatchObject({ preferred_id: 'b', chosen_by: 'curator', reason_en: 'The company’s own filing later restated it.' });
    expect(ranked.find((r) => r.id === 'b')!.rank).toBe('preferred');
  });
  it('never prefers a deprecated claim, even when a curator names it', () => {
    const claims = [claim('a', 1e9), claim('b', 1e9), claim('c', 1e10, { reliability: 'high' })];
    const { verdict } = rankGroup(claims, { preferred_id: 'c', reason_en: 'x', reason_zh: 'x' }, new Map([['c', 10]]));
    expect(verdict).toMatchObject({ preferred_id: 'a', chosen_by: 'rule' });
  });
});
